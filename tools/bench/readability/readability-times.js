// Times Mozilla Readability with jsdom on each page named on the command line: the speed anchor of
// bench_web (tools/bench/bench_web.cpp). Prints one line a page: milliseconds for jsdom's parse alone,
// then for parse + Readability.parse(), then the path. Never part of Article Reader itself.
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const rounds = Number(process.env.ROUNDS || 3);
for (const path of process.argv.slice(2)) {
    const html = fs.readFileSync(path, 'utf8');
    let parseBest = Infinity, fullBest = Infinity;
    for (let i = 0; i < rounds; ++i) {
        const virtualConsole = new VirtualConsole(); // silent: no CSS or script errors on stderr
        let t0 = process.hrtime.bigint();
        let dom = new JSDOM(html, { url: 'http://localhost/', virtualConsole });
        parseBest = Math.min(parseBest, Number(process.hrtime.bigint() - t0) / 1e6);
        dom.window.close();
        t0 = process.hrtime.bigint();
        dom = new JSDOM(html, { url: 'http://localhost/', virtualConsole });
        new Readability(dom.window.document).parse();
        fullBest = Math.min(fullBest, Number(process.hrtime.bigint() - t0) / 1e6);
        dom.window.close();
    }
    console.log(`${parseBest.toFixed(3)} ${fullBest.toFixed(3)} ${path}`);
}

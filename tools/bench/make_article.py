#!/usr/bin/env python3
"""Writes a large news-like plain-text article for the benchmarks (tools/bench).

The text is built from varied sentence templates (datelines, quotes, titles before names,
possessives, curly quotes and dashes), one paragraph per line, deterministic for a given seed.
Names come from a generic list of world leaders, officials, cities and countries written here,
drawn with a skewed (Zipf-like) frequency: one person takes about half of all mentions, so that
selecting it in the reader lights up 20,000+ mentions.

    tools/bench/make_article.py build/bench/article-5mb.txt
    tools/bench/make_article.py --check build/app/article-reader build/bench/article-5mb.txt

With --check, the reader's extractor is run on the result (`article-reader --entities FILE`) and
the figures are printed: total person and place mentions, the top entity and its count.
"""

import argparse
import json
import random
import subprocess
import sys

# The entity that dominates, in the forms a news text uses for one person.
TOP_PERSON = "Vladimir Putin"
TOP_FORMS = [
    "President Vladimir Putin",
    "Vladimir Putin",
    "Putin",
    "Putin",
    "President Putin",
]

# (full name, title or role used before it); surnames alone refer back to the full name.
PEOPLE = [
    ("Emmanuel Macron", "President"),
    ("Olaf Scholz", "Chancellor"),
    ("Joe Biden", "President"),
    ("Narendra Modi", "Prime Minister"),
    ("Justin Trudeau", "Prime Minister"),
    ("Giorgia Meloni", "Prime Minister"),
    ("Pedro Sanchez", "Prime Minister"),
    ("Antonio Guterres", "Secretary-General"),
    ("Jens Stoltenberg", "Secretary-General"),
    ("Sergei Lavrov", "Foreign Minister"),
    ("Dmitry Peskov", "spokesman"),
    ("Antony Blinken", "Secretary of State"),
    ("Kamala Harris", "Vice-President"),
    ("Fumio Kishida", "Prime Minister"),
    ("Anthony Albanese", "Prime Minister"),
    ("Cyril Ramaphosa", "President"),
    ("Javier Milei", "President"),
    ("Andrzej Duda", "President"),
    ("Mark Rutte", "Prime Minister"),
    ("Keir Starmer", "Prime Minister"),
    ("Friedrich Merz", "Chancellor"),
    ("Sergei Shoigu", "Defence Minister"),
    ("Maria Zakharova", "spokeswoman"),
    ("Lloyd Austin", "Defence Secretary"),
    ("Jake Sullivan", "National Security Adviser"),
    ("Annalena Baerbock", "Foreign Minister"),
    ("David Cameron", "Foreign Secretary"),
    ("Mette Frederiksen", "Prime Minister"),
    ("Alexander Stubb", "President"),
    ("Viktor Orban", "Prime Minister"),
]

PLACES = [
    "Russia", "Kyiv", "Moscow", "Ukraine", "Washington", "Paris", "Berlin", "London", "Beijing",
    "Warsaw", "Brussels", "Geneva", "Istanbul", "Ankara", "Tokyo", "France", "Germany", "China",
    "Poland", "Turkey", "Kharkiv", "Odesa", "Lviv", "Minsk", "Helsinki", "Vienna", "Rome",
    "Madrid", "Cairo", "Riyadh", "Doha", "Japan", "India", "Canada", "Italy", "Spain", "Brazil",
    "Finland", "Sweden", "Norway", "Hungary", "Romania", "Moldova", "Georgia", "Armenia",
]

ORGANIZATIONS = [
    "the Kremlin", "the United Nations", "Nato", "the European Union", "the Pentagon",
    "the State Department", "the Red Cross", "the World Bank",
]

DEMONYMS = ["Russian", "Ukrainian", "French", "German", "Chinese", "Polish", "Turkish",
            "American", "British", "Japanese", "Italian", "Finnish"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Pieces of sentences that name nobody, combined freely so the filler does not repeat.
SUBJECTS = [
    "officials", "diplomats", "analysts", "negotiators", "the delegations", "observers",
    "aid workers", "military planners", "the two sides", "lawmakers", "economists",
    "residents of the region", "the ministry", "several governments", "a senior official",
    "western diplomats", "the committee", "security experts", "local authorities",
]
VERBS = [
    "said the talks would resume", "warned that the agreement remained fragile",
    "expected a decision", "declined to comment on the proposal",
    "described the meeting as constructive", "called for a pause in the fighting",
    "questioned whether the deal would hold", "pointed to rising energy prices",
    "promised further support", "raised concerns about the prisoners",
    "noted that no date had been set", "insisted that the border must be respected",
    "reported heavy shelling overnight", "spoke of a long and difficult process",
    "urged both sides to show restraint", "said the ceasefire had largely held",
]
TAILS = [
    "later this week", "before the end of the month", "in the coming days",
    "after a long night of negotiations", "despite repeated setbacks",
    "according to people familiar with the matter", "without giving further details",
    "as pressure mounted at home", "amid growing frustration", "as winter approached",
    "while the shelling continued", "in a statement released late in the evening",
    "after weeks of uncertainty", "once the technical teams had finished their work",
]
CLAUSES = [
    "the details have not been made public",
    "the proposal covers energy infrastructure and shipping",
    "prices for grain and fuel rose sharply",
    "thousands of people have been forced to leave their homes",
    "the talks were held behind closed doors",
    "the deal would need the approval of parliament",
    "the shelling damaged power lines and a water station",
    "few expect a lasting settlement soon",
    "a second round is planned for the spring",
    "the exchange of prisoners was completed on time",
]
QUOTES = [
    "We are ready to talk, but not at any price",
    "This is a first step, nothing more",
    "Nobody wants this war to go on forever",
    "We will not accept an agreement imposed from outside",
    "The door to diplomacy remains open",
    "There is no alternative to a negotiated settlement",
    "We need guarantees, not promises",
    "Time is running out for the people in the east",
]


class Zipf:
    """Draws indexes 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, rng, n, s):
        self.rng = rng
        weights = [1.0 / (k + 1) ** s for k in range(n)]
        total = sum(weights)
        self.cumulative = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)

    def draw(self):
        x = self.rng.random()
        for i, c in enumerate(self.cumulative):
            if x <= c:
                return i
        return len(self.cumulative) - 1


class Writer:
    def __init__(self, seed, top_share):
        self.rng = random.Random(seed)
        self.people = Zipf(self.rng, len(PEOPLE), 1.1)
        self.places = Zipf(self.rng, len(PLACES), 1.0)
        self.top_share = top_share
        self.introduced = set()  # people already named in full (later just the surname)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self):
        """A person's name as written, with or without a title."""
        if self.rng.random() < self.top_share:
            return self.pick(TOP_FORMS)
        name, title = PEOPLE[self.people.draw()]
        surname = name.split()[-1]
        if name in self.introduced and self.rng.random() < 0.4:
            return surname
        self.introduced.add(name)
        if self.rng.random() < 0.5:
            return f"{title} {name}"
        return name

    def place(self):
        return PLACES[self.places.draw()]

    def filler(self):
        subject = self.pick(SUBJECTS)
        kind = self.rng.randrange(4)
        if kind == 0:
            s = f"{subject} {self.pick(VERBS)} {self.pick(TAILS)}."
        elif kind == 1:
            s = f"{subject} {self.pick(VERBS)}, and {self.pick(CLAUSES)}."
        elif kind == 2:
            s = f"{self.pick(CLAUSES)} \u2014 {subject} {self.pick(VERBS)} {self.pick(TAILS)}."
        else:
            s = f"{subject} {self.pick(VERBS)}; {self.pick(CLAUSES)}, {self.pick(TAILS)}."
        return s[0].upper() + s[1:]

    def named(self):
        """A sentence with names; returns (text, person and place slots filled)."""
        kind = self.rng.randrange(16)
        p, l = self.person, self.place
        if kind == 0:
            return f"{p()} said on {self.pick(WEEKDAYS)} that {self.pick(CLAUSES)}.", 1
        if kind == 1:
            return f"\u201c{self.pick(QUOTES)},\u201d {p()} told reporters in {l()}.", 2
        if kind == 2:
            return f"Speaking in {l()}, {p()} {self.pick(VERBS)} {self.pick(TAILS)}.", 2
        if kind == 3:
            return (f"{self.pick(ORGANIZATIONS).capitalize()} said {p()} "
                    f"{self.pick(VERBS)}.", 1)
        if kind == 4:
            return f"{l()}\u2019s {self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(TAILS)}.", 1
        if kind == 5:
            return (f"The {self.pick(DEMONYMS)} delegation met {p()} in {l()} "
                    f"{self.pick(TAILS)}.", 2)
        if kind == 6:
            return f"{l()} \u2014 {self.pick(CLAUSES)}, {self.pick(SUBJECTS)} said.", 1
        if kind == 7:
            return f"{p()} and {p()} spoke by telephone on {self.pick(WEEKDAYS)}.", 2
        if kind == 8:
            return (f"In {l()}, {self.pick(SUBJECTS)} {self.pick(VERBS)}, while {p()} "
                    f"{self.pick(VERBS)}.", 2)
        if kind == 9:
            return f"\u201c{self.pick(QUOTES)},\u201d said {p()}.", 1
        if kind == 10:
            return (f"Flights between {l()} and {l()} were suspended, and "
                    f"{self.pick(CLAUSES)}.", 2)
        if kind == 11:
            return f"{p()} is expected to travel to {l()} {self.pick(TAILS)}.", 2
        if kind == 12:
            return f"According to {p()}, {self.pick(CLAUSES)}.", 1
        if kind == 13:
            return f"{p()} {self.pick(VERBS)} {self.pick(TAILS)}.", 1
        if kind == 14:
            return f"Asked about the talks, {p()} said that {self.pick(CLAUSES)}.", 1
        return (f"{self.pick(SUBJECTS).capitalize()} close to {p()} "
                f"{self.pick(VERBS)} – {self.pick(TAILS)}.", 1)

    def article(self, size, mentions):
        """About `size` UTF-8 bytes with about `mentions` person and place names."""
        lines = ["Talks resume as pressure grows on all sides", ""]
        written = sum(len(x.encode("utf-8")) + 1 for x in lines)
        named = 0
        while written < size:
            sentences = []
            for _ in range(self.rng.randint(3, 7)):
                # Keep the names spread evenly: a named sentence whenever the text is behind.
                if named < mentions * written / size:
                    text, count = self.named()
                    named += count
                else:
                    text = self.filler()
                sentences.append(text)
                written += len(text.encode("utf-8")) + 1
            lines.append(" ".join(sentences))
        return "\n".join(lines) + "\n"


def check(reader, path):
    out = subprocess.run([reader, "--entities", path], check=True, capture_output=True).stdout
    entities = json.loads(out)["entities"]
    people_places = [e for e in entities if e["type"] in ("person", "place")]
    total = sum(len(e["mentions"]) for e in people_places)
    organizations = sum(len(e["mentions"]) for e in entities if e["type"] == "organization")
    top = max(entities, key=lambda e: len(e["mentions"]))
    print(f"entities: {len(entities)}, person+place mentions: {total}, "
          f"organization mentions: {organizations}")
    print(f"top entity: {top['name']} ({top['type']}), {len(top['mentions'])} mentions")
    return total, len(top["mentions"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="where to write the article (UTF-8, one paragraph a line)")
    parser.add_argument("--size", type=int, default=5 * 1024 * 1024, help="bytes (default 5 MiB)")
    parser.add_argument("--mentions", type=int, default=40000,
                        help="person and place names to write (default tuned for ~40,000 found)")
    parser.add_argument("--top-share", type=float, default=0.87,
                        help="share of person names that are the top entity")
    parser.add_argument("--seed", type=int, default=20250317)
    parser.add_argument("--check", metavar="ARTICLE_READER",
                        help="run this article-reader --entities on the result and print figures")
    args = parser.parse_args()

    text = Writer(args.seed, args.top_share).article(args.size, args.mentions)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output}: {len(text.encode('utf-8'))} bytes, "
          f"{text.count(chr(10))} paragraphs")
    if args.check:
        check(args.check, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EntityListModel</name>
    <message numerus="yes">
        <source>%1, %n entities</source>
        <translation>
            <numerusform>%1, %n entity</numerusform>
            <numerusform>%1, %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mentions</source>
        <translation>
            <numerusform>%1, %n mention</numerusform>
            <numerusform>%1, %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) made in another window added</source>
        <translation>
            <numerusform>%n correction made in another window added</numerusform>
            <numerusform>%n corrections made in another window added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) taken back in another window</source>
        <translation>
            <numerusform>%n correction taken back in another window</numerusform>
            <numerusform>%n corrections taken back in another window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) applied</source>
        <translation>
            <numerusform>%n correction applied</numerusform>
            <numerusform>%n corrections applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer fit the article</source>
        <translation>
            <numerusform>%n no longer fits the article</numerusform>
            <numerusform>%n no longer fit the article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) mention every selected entity</source>
        <translation>
            <numerusform>%n paragraph mentions every selected entity</numerusform>
            <numerusform>%n paragraphs mention every selected entity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionController</name>
    <message numerus="yes">
        <source>Merge %n entities under the name:</source>
        <translation>
            <numerusform>Merge %n entity under the name:</numerusform>
            <numerusform>Merge %n entities under the name:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) reset. %1 brings them back.</source>
        <translation>
            <numerusform>%n correction reset. %1 brings it back.</numerusform>
            <numerusform>%n corrections reset. %1 brings them back.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>MentionNavigator</name>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Try again later.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Try again later.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingState</name>
    <message numerus="yes">
        <source>%n shared</source>
        <translation>
            <numerusform>%n shared</numerusform>
            <numerusform>%n shared</numerusform>
        </translation>
    </message>
</context>
<context><name>LibraryController</name><message numerus="yes">
        <source>%n article(s) removed from the library.</source>
        <translation>
            <numerusform>%n article removed from the library.</numerusform>
            <numerusform>%n articles removed from the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored.</source>
        <translation>
            <numerusform>%n article restored.</numerusform>
            <numerusform>%n articles restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n article(s) kept.</source>
        <translation>
            <numerusform>Import cancelled: %n article kept.</numerusform>
            <numerusform>Import cancelled: %n articles kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
</context><context><name>LibraryWindow</name><message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n article found.</numerusform>
            <numerusform>%n articles found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %n article(s):</source>
        <translation>
            <numerusform>“%1” in %n article:</numerusform>
            <numerusform>“%1” in %n articles:</numerusform>
        </translation>
    </message>
</context></TS>
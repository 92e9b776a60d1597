"""Article templates as major publishers and CMSs render them (skeletons written for these tests):
the model finds the headline, the publication day and the authors."""

from __future__ import annotations

import pytest

from artlint import extract

TEMPLATES = [
    pytest.param(
        '<html lang="en"><head><title>Ukraine war: Kyiv hit by drones - BBC News</title></head><body>'
        '<main id="main-content"><article><header><h1 id="main-heading">Ukraine war: Kyiv hit by drones</h1></header>'
        '<div data-component="byline-block"><div><div>'
        '<div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96">By Paul Kirby</div>'
        '<div class="ssrcss-84ltp5-Text">BBC News</div></div></div></div><div data-component="timestamp-block">'
        '<time datetime="2023-05-28T10:12:04.000Z">28 May 2023</time></div><div data-component="text-block">'
        '<p>Text of the story here.</p></div></article></main></body></html>',
        'Ukraine war: Kyiv hit by drones', '2023-05-28', ['Paul Kirby'],
        id='bbc',
    ),
    pytest.param(  # the BBC since 2024: hashed classes, the byline marked by data-testid, the role in a block of its own
        '<html lang="en"><head><title>Kyiv hit by drones - BBC News</title><meta property="og:site_name" content="BBC News">'
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Kyiv hit by drones",'
        '"datePublished":"2024-05-28T10:12:04.000Z","author":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>'
        '</head><body><main id="main-content"><article><div data-component="headline-block" class="sc-a"><h1 class="sc-b">'
        'Kyiv hit by drones</h1></div><div data-component="byline-block" class="sc-c"><div data-testid="byline-new" class="sc-d">'
        '<div class="sc-e"><time data-testid="timestamp" datetime="2024-05-28T10:12:04.000Z">28 May 2024</time></div>'
        '<div data-testid="byline-new-contributors" class="sc-f"><div class="sc-g"><span class="sc-h">Nick Beake</span>'
        '<div class="sc-i"><span>Europe correspondent</span></div></div><div class="sc-g"><span class="sc-h">Jane Doe</span>'
        '<div class="sc-i"><span>BBC News, Kyiv</span></div></div></div></div></div><div data-component="text-block" class="sc-j">'
        '<p class="sc-k">Text of the story here.</p></div></article></main></body></html>',
        'Kyiv hit by drones', '2024-05-28', ['Nick Beake', 'Jane Doe'],
        id='bbc-2024',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones | Ukraine | The Guardian</title>'
        '<meta property="article:published_time" content="2023-05-28T10:12:04.000Z"></head><body><main><article>'
        '<div data-gu-name="headline"><h1>Kyiv hit by largest drone attack of the war</h1></div>'
        '<aside data-gu-name="meta"><address aria-label="Contributor info"><div>'
        '<a rel="author" href="https://www.theguardian.com/profile/dan-sabbagh">Dan Sabbagh</a> in Kyiv</div></address>'
        '<details><summary><span>Sun 28 May 2023 12.12 BST</span></summary></details></aside><div id="maincontent">'
        '<p>Text of the story here.</p></div></article></main></body></html>',
        'Kyiv hit by largest drone attack of the war', '2023-05-28', ['Dan Sabbagh'],
        id='guardian',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv Hit by Drones - The New York Times</title>'
        '<meta property="article:published_time" content="2023-05-28T10:12:04.000Z">'
        '<meta name="byl" content="By Marc Santora"></head><body><main id="site-content"><article id="story"><header>'
        '<h1 data-testid="headline">Kyiv Hit by Drones</h1><div class="css-xt80pu"><p class="css-aknsld e1jsehar1">'
        '<span>By </span><span itemprop="name">'
        '<a href="https://www.nytimes.com/by/marc-santora">Marc Santora</a></span></p></div>'
        '<time datetime="2023-05-28T06:12:04-04:00">May 28, 2023</time></header><section name="articleBody">'
        '<p>Text.</p></section></article></main></body></html>',
        'Kyiv Hit by Drones', '2023-05-28', ['Marc Santora'],
        id='nyt',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones | Reuters</title>'
        '<meta name="article:published_time" content="2023-05-28T10:12:04Z"></head><body><main><article><header>'
        '<h1 data-testid="Heading">Kyiv hit by drones</h1><div class="article-header__info">'
        '<div data-testid="AuthorByline">By <a href="/authors/tom-balmforth/">Tom Balmforth</a></div>'
        '<time datetime="2023-05-28T10:12:04Z"><span>May 28, 2023</span><span>10:12 AM UTC</span></time></div></header>'
        '<div class="article-body__content"><p>KYIV, May 28 (Reuters) - Text.</p></div></article></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['Tom Balmforth'],
        id='reuters',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones | AP News</title></head><body><main><div class="Page-content">'
        '<h1 class="Page-headline">Kyiv hit by drones</h1><div class="Page-authors"><span class="Link">By </span>'
        '<a class="Link" href="https://apnews.com/author/hanna-arhirova">HANNA ARHIROVA</a></div>'
        '<bsp-timestamp data-timestamp="1685268724000"><span>Updated 10:12 AM UTC, May 28, 2023</span></bsp-timestamp>'
        '<div class="RichTextStoryBody"><p>KYIV, Ukraine (AP) — Text.</p></div></div></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['HANNA ARHIROVA'],
        id='ap',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones | CNN</title></head><body><div class="headline">'
        '<h1 id="maincontent">Kyiv hit by drones</h1><div class="headline__footer"><div class="byline">'
        '<div class="byline__names">By <span class="byline__name">Olga Voitovych</span> and '
        '<span class="byline__name">Jo Shelley</span>, CNN</div></div>'
        '<div class="timestamp">Updated 6:12 AM EDT, Sun May 28, 2023</div></div></div><main class="article__main">'
        '<p>Text.</p></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['Olga Voitovych', 'Jo Shelley'],
        id='cnn',
    ),
    pytest.param(
        '<html lang="en"><head><title>Ukraine updates: Kyiv hit by drones – DW – 05/28/2023</title></head><body><main>'
        '<article><header><h1>Ukraine updates: Kyiv hit by drones</h1><div class="author-details">'
        '<span>Jane Doe</span></div><span class="publication"><time aria-hidden="true">05/28/2023</time>'
        '<span class="sr-only">May 28, 2023</span></span></header><div class="rich-text"><p>Text.</p>'
        '<p>jd/rt (AP, AFP, Reuters)</p></div></article></main></body></html>',
        'Ukraine updates: Kyiv hit by drones', '2023-05-28', ['Jane Doe'],
        id='dw',
    ),
    pytest.param(
        '<html lang="de"><head><title>Ukraine: Kiew von Drohnen getroffen - DER SPIEGEL</title>'
        '<meta name="date" content="2023-05-28T12:12:04+02:00"></head><body><main><article><header><h2>'
        '<span class="text-primary-base">Krieg in der Ukraine</span><span class="hidden">:</span>'
        '<span class="align-middle">Kiew von Drohnen getroffen</span></h2><div class="font-sansUI">'
        '<a href="https://www.spiegel.de/impressum/autor-3d4f-0001-0003-0000-000000050231">Christian Esch</a></div>'
        '<time datetime="2023-05-28 12:12:04" class="timeformat">28.05.2023, 12.12 Uhr</time></header><section>'
        '<p>Text.</p></section></article></main></body></html>',
        'Kiew von Drohnen getroffen', '2023-05-28', ['Christian Esch'],
        id='spiegel',
    ),
    pytest.param(
        '<html lang="de"><head><title>Ukraine: Kiew von Drohnen getroffen | ZEIT ONLINE</title></head><body><main>'
        '<article><header class="article-header"><h1 class="article-heading">'
        '<span class="article-heading__kicker">Ukraine</span><span class="visually-hidden">: </span>'
        '<span class="article-heading__title">Kiew von Drohnen getroffen</span></h1><div class="metadata">'
        '<time class="metadata__date" datetime="2023-05-28T12:12:04+02:00">28. Mai 2023, 12:12 Uhr</time>'
        '<span class="metadata__source">Quelle: ZEIT ONLINE, dpa, AFP, Reuters, mp</span></div></header>'
        '<div class="article-body"><p>Text.</p></div></article></main></body></html>',
        'Kiew von Drohnen getroffen', '2023-05-28', [],
        id='zeit',
    ),
    pytest.param(
        '<html lang="de"><head><title>Ukraine: Kiew von Drohnen getroffen | tagesschau.de</title></head><body><main>'
        '<article class="container content-wrapper__group"><h1 class="seitenkopf__headline">'
        '<span class="seitenkopf__topline">Krieg gegen die Ukraine</span> '
        '<span class="seitenkopf__headline--text">Kiew von Drohnen getroffen</span></h1>'
        '<p class="metatextline">Stand: 28.05.2023 12:12 Uhr</p><p class="textabsatz">Text.</p>'
        '<div class="authorline__author">Von Jane Doe, ARD-Studio Kiew</div></article></main></body></html>',
        'Kiew von Drohnen getroffen', '2023-05-28', ['Jane Doe'],
        id='tagesschau',
    ),
    pytest.param(
        '<html lang="fr"><head><title>Kiev frappée par des drones</title></head><body><main>'
        '<section class="zone zone--article"><header class="article__header">'
        '<h1 class="article__title">Kiev frappée par des drones</h1><span class="author__name">Rémy Ourdan</span>'
        '<span class="meta__date">Publié le 28 mai 2023 à 12h12</span></header><article class="article__content">'
        '<p class="article__paragraph">Texte.</p></article></section></main></body></html>',
        'Kiev frappée par des drones', '2023-05-28', ['Rémy Ourdan'],
        id='lemonde',
    ),
    pytest.param(
        '<html lang="es"><head><title>Kiev, atacada por drones | Internacional | EL PAÍS</title></head><body><main>'
        '<article><header><h1 class="a_t">Kiev, atacada por drones</h1><div class="a_md"><div class="a_md_a">'
        '<a href="https://elpais.com/autor/maria-sahuquillo/" class="a_md_a_n">María R. Sahuquillo</a></div>'
        '<div class="a_md_f"><span>'
        '<a href="/hemeroteca/2023-05-28/" data-date="2023-05-28T12:12:04+02:00">28 may 2023 - 12:12 CEST</a></span></div></div></header>'
        '<div class="a_c"><p>Texto.</p></div></article></main></body></html>',
        'Kiev, atacada por drones', '2023-05-28', ['María R. Sahuquillo'],
        id='elpais',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones - The Washington Post</title></head><body><main><article>'
        '<h1 data-qa="headline"><span data-qa="headline-text">Kyiv hit by drones</span></h1>'
        '<div data-qa="author-byline"><span>By </span>'
        '<a data-qa="author-name" href="https://www.washingtonpost.com/people/isabelle-khurshudyan/">Isabelle Khurshudyan</a></div>'
        '<div data-qa="timestamp"><span data-qa="display-date">May 28, 2023 at 6:12 a.m. EDT</span></div>'
        '<div class="article-body"><p>Text.</p></div></article></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['Isabelle Khurshudyan'],
        id='wapo',
    ),
    pytest.param(
        '<html lang="en"><head><title>Kyiv hit by drones | Russia-Ukraine war News | Al Jazeera</title></head><body>'
        '<main id="main-content-area"><header class="article-header"><h1>Kyiv hit by drones</h1></header>'
        '<div class="article-info-block"><div class="article-author"><span>By </span>'
        '<a href="https://www.aljazeera.com/author/jane_doe">Jane Doe</a></div><div class="date-simple">'
        '<span class="screen-reader-text">Published On 28 May 2023</span>'
        '<span aria-hidden="true">28 May 2023</span></div></div><div class="wysiwyg">'
        '<p>Text.</p></div></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['Jane Doe'],
        id='aljazeera',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew | FAZ</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><div class="header-detail"><h2>'
        '<span class="header-label__content">Ukraine-Krieg</span>'
        '<span class="header-title">Drohnen über Kiew</span></h2></div><div class="atc-Meta">'
        '<span class="atc-MetaAuthor">Von '
        '<a class="atc-MetaAuthorLink" href="/redaktion/jane-doe-123.html">Jane Doe</a></span>'
        '<time class="atc-MetaTime" datetime="2023-05-28T12:12:04+0200" title="28.05.2023 12:12">28.05.2023, 12:12</time></div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='faz',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew - WELT</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h2 class="c-headline">Drohnen über Kiew</h2>'
        '<span class="c-author__by-line">Von <a class="c-author__link" href="/autor/jane-doe/">Jane Doe</a></span>'
        '<time class="c-publish-date" datetime="2023-05-28T10:12:04Z">Veröffentlicht am 28.05.2023</time>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='welt',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv | Daily Mail Online</title></head><body><header><nav>'
        '<a href="/">Home</a><a href="/politik">Politik</a></nav></header><div id="js-article-text">'
        '<h2>Drones hit Kyiv</h2><p class="author-section byline-plain">By '
        '<a class="author" rel="nofollow" href="/home/search.html?s=&authornamef=Jane+Doe">JANE DOE</a></p>'
        '<p class="byline-section"><span class="article-timestamp article-timestamp-published">'
        '<span class="article-timestamp-label">Published:</span>'
        '<time datetime="2023-05-28T11:12:04+0100">11:12 BST, 28 May 2023</time></span></p>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></div>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['JANE DOE'],
        id='dailymail',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv | Fox News</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h1 class="headline">Drones hit Kyiv</h1>'
        '<div class="author-byline"><span><span>By <a href="/person/d/jane-doe">Jane Doe</a></span> '
        '<span class="article-source">Fox News</span></span></div><div class="article-date">'
        '<time>Published May 28, 2023 6:12am EDT</time></div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='foxnews',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv - POLITICO</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h2 class="headline">Drones hit Kyiv</h2>'
        '<p class="story-meta__authors"><span class="vcard">By <a href="/staff/jane-doe">Jane Doe</a></span></p>'
        '<p class="story-meta__timestamp"><time datetime="2023-05-28 06:12">05/28/2023 06:12 AM EDT</time></p>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='politico',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h1 class="e-headline">Drones hit Kyiv</h1>'
        '<span class="e-byline__author">Jane Doe</span>'
        '<time itemprop="datePublished" datetime="2023-05-28T11:12:04+01:00">28 May 2023 • 11:12am</time>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='telegraph',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew | NZZ</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h1 class="headline__title">Drohnen über Kiew</h1>'
        '<div class="metainfo"><span class="metainfo__item metainfo__item--author">Jane Doe</span>'
        '<time class="metainfo__item--date" datetime="2023-05-28T10:12:04.000Z">28.05.2023, 12.12 Uhr</time></div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='nzz',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew - Ukraine - derStandard.at</title></head><body><header><nav>'
        '<a href="/">Home</a><a href="/politik">Politik</a></nav></header><main><article>'
        '<h1 class="article-title">Drohnen über Kiew</h1><div class="article-byline">'
        '<div class="article-origins">Jane Doe</div>'
        '<time class="article-pubdate" datetime="2023-05-28T12:12">28. Mai 2023, 12:12</time></div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='standard',
    ),
    pytest.param(
        '<html lang="fr"><head><title>Des drones sur Kiev</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h1 class="fig-headline">Des drones sur Kiev</h1>'
        '<div class="fig-content-metas"><span class="fig-content-metas__author">Par Jane Doe</span>'
        '<span class="fig-content-metas__pub-date">'
        '<time datetime="2023-05-28T12:12:04+02:00">Publié le 28/05/2023 à 12:12</time></span></div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Des drones sur Kiev', '2023-05-28', ['Jane Doe'],
        id='figaro',
    ),
    pytest.param(
        '<html lang="it"><head><title>Droni su Kiev</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article><h1 class="title-art-hp">Droni su Kiev</h1>'
        '<div class="writer"><span>di <a href="/autori/jane-doe">Jane Doe</a></span></div>'
        '<p class="is-last-update">28 maggio 2023 (modifica il 28 maggio 2023 | 12:12)</p>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></article></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Droni su Kiev', '2023-05-28', ['Jane Doe'],
        id='corriere',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew | heise online</title></head><body><header><nav>'
        '<a href="/">Home</a><a href="/politik">Politik</a></nav></header><main><article><header>'
        '<h1 class="a-article-header__title">Drohnen über Kiew</h1><p class="a-article-header__publish-info">'
        '<time datetime="2023-05-28T12:12:04+02:00">28.05.2023 12:12 Uhr</time></p></header>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p>'
        '<p class="a-article-meta__author">Jane Doe (jd)</p></article></main><footer>'
        '<p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='heise',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv - Times of India</title></head><body><header><nav>'
        '<a href="/">Home</a><a href="/politik">Politik</a></nav></header><main><div class="story"><h1 class="HNMDR">'
        '<span>Drones hit Kyiv</span></h1><div class="xf8Pm byline"><span>'
        '<a href="/toireporter/author-Jane-Doe-123.cms">Jane Doe</a></span> / TNN / Updated: May 28, 2023, 12:12 IST</div>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p></div></main>'
        '<footer><p>© 2023 Verlag</p></footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='toi',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew - n-tv.de</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/politik">Politik</a></nav></header><main><article class="article"><h2>'
        '<span class="article__kicker">Ukraine-Krieg</span>'
        '<span class="article__headline">Drohnen über Kiew</span></h2>'
        '<span class="article__date">28.05.2023, 12:12 Uhr</span>'
        '<p>Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. Text of the article that goes on for a while. </p>'
        '<p class="article__source">Quelle: ntv.de, jdo/dpa</p></article></main><footer>'
        '<p>© 2023 Verlag</p></footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', [],
        id='ntv',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv – My Blog</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><main id="main"><article class="post">'
        '<header class="entry-header"><h1 class="entry-title">Drones hit Kyiv</h1><div class="entry-meta">'
        '<span class="posted-on"><a href="/2023/05/28/x/" rel="bookmark">'
        '<time class="entry-date published" datetime="2023-05-28T12:12:04+00:00">May 28, 2023</time>'
        '<time class="updated" datetime="2023-06-01T09:00:00+00:00">June 1, 2023</time></a></span>'
        '<span class="byline"> by <span class="author vcard">'
        '<a class="url fn n" href="https://example.org/author/jane/">Jane Doe</a></span></span></div></header>'
        '<div class="entry-content">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div></article></main>'
        '<footer>© Site</footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='wordpress',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv | by Jane Doe | Medium</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><main><article><section>'
        '<h1 class="pw-post-title">Drones hit Kyiv</h1><div>'
        '<a data-testid="authorName" href="/@janedoe">Jane Doe</a></div><div>'
        '<span data-testid="storyReadTime">4 min read</span><span>·</span>'
        '<span data-testid="storyPublishDate">May 28, 2023</span></div>'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></section></article></main>'
        '<footer>© Site</footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='medium',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv - by Jane Doe</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><div class="post">'
        '<h1 class="post-title">Drones hit Kyiv</h1><h3 class="subtitle">What we know</h3><div class="post-header">'
        '<div class="profile-hover-card-target"><a href="https://substack.com/@janedoe">Jane Doe</a></div>'
        '<div class="pencraft">May 28, 2023</div></div><div class="available-content"><div class="body markup">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div></div></div>'
        '<footer>© Site</footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='substack',
    ),
    pytest.param(
        '<html lang="en"><head><title>Drones hit Kyiv</title></head><body><header><a href="/" class="logo">Site</a>'
        '<nav><a href="/a">A</a></nav></header><main><article class="article"><header class="article-header">'
        '<h1 class="article-title">Drones hit Kyiv</h1><div class="article-byline"><h4 class="author-name">'
        '<a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content">'
        '<time class="byline-meta-date" datetime="2023-05-28">May 28, 2023</time></div></div></header>'
        '<section class="gh-content">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></section></article></main>'
        '<footer>© Site</footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='ghost',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew | Site</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><main>'
        '<article class="node node--type-article"><h1 class="page-title">'
        '<span class="field field--name-title">Drohnen über Kiew</span></h1><div class="node__meta">'
        '<span class="field field--name-uid"><span>Jane Doe</span></span>'
        '<span class="field field--name-created">So., 28.05.2023 - 12:12</span></div><div class="field--name-body">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div></article></main>'
        '<footer>© Site</footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='drupal',
    ),
    pytest.param(
        '<html lang="en"><head><title>My Blog: Drones hit Kyiv</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><div class="main">'
        '<div class="post hentry"><h3 class="post-title entry-title">Drones hit Kyiv</h3>'
        '<div class="post-body entry-content">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div>'
        '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Jane Doe</span></span> '
        '<span class="post-timestamp">at <a class="timestamp-link" href="/2023/05/x.html">'
        '<abbr class="published" itemprop="datePublished" title="2023-05-28T12:12:00+02:00">12:12 PM</abbr></a></span></div></div></div>'
        '<footer>© Site</footer></body></html>',
        'Drones hit Kyiv', '2023-05-28', ['Jane Doe'],
        id='blogger',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew</title></head><body><header><a href="/" class="logo">Site</a>'
        '<nav><a href="/a">A</a></nav></header><main>'
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
        '<h2 itemprop="headline">Drohnen über Kiew</h2></div><dl class="article-info">'
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von '
        '<span itemprop="name">Jane Doe</span></dd><dd class="published">'
        '<time datetime="2023-05-28T12:12:04+00:00" itemprop="datePublished">28. Mai 2023</time></dd></dl>'
        '<div itemprop="articleBody">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div></div></main>'
        '<footer>© Site</footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='joomla',
    ),
    pytest.param(
        '<html lang="de"><head><title>Drohnen über Kiew: Verein</title></head><body><header>'
        '<a href="/" class="logo">Site</a><nav><a href="/a">A</a></nav></header><main><div class="news news-single">'
        '<div class="article" itemscope itemtype="http://schema.org/Article"><div class="header">'
        '<h3 itemprop="headline">Drohnen über Kiew</h3></div><div class="footer"><p><span class="news-list-date">'
        '<time itemprop="datePublished" datetime="2023-05-28">28.05.2023</time></span>'
        '<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"> von '
        '<span itemprop="name">Jane Doe</span></span></p></div><div class="news-text-wrap" itemprop="articleBody">'
        '<p>Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. Text of the article that goes on. </p></div></div></div></main>'
        '<footer>© Site</footer></body></html>',
        'Drohnen über Kiew', '2023-05-28', ['Jane Doe'],
        id='typo3',
    ),
    pytest.param(
        '<!doctype html><html amp lang="en"><head><title>Kyiv hit by drones | World | Example News</title>'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kyiv hit by drones",'
        '"datePublished":"2023-05-28T10:12:04Z","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body>'
        '<header><a href="/"><amp-img src="/logo.svg" width="120" height="30" alt="Example News"></amp-img></a></header>'
        '<main><article><h1 class="article-headline">Kyiv hit by drones</h1><div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div>'
        '<time datetime="2023-05-28T10:12:04Z">28 May 2023</time><figure><amp-img src="/kyiv.jpg" width="1200" height="675" '
        'layout="responsive" alt="Smoke over Kyiv"></amp-img><figcaption>Smoke over Kyiv on Sunday. Photo: Reuters</figcaption></figure>'
        '<p>Text of the story here.</p></article></main></body></html>',
        'Kyiv hit by drones', '2023-05-28', ['Jane Doe'],
        id='amp',
    ),
    pytest.param(
        '<html lang="tr"><head><title>Kiev\'e insansız hava aracı saldırısı - Haber</title></head><body><main><article>'
        '<h1>Kiev\'e insansız hava aracı saldırısı</h1><div class="info"><span>Yazan: Ahmet Yılmaz</span>'
        '<span>28 Mayıs 2023, 12:12</span></div><p>Haberin metni burada.</p></article></main></body></html>',
        "Kiev'e insansız hava aracı saldırısı", '2023-05-28', ['Ahmet Yılmaz'],
        id='turkish',
    ),
    pytest.param(
        '<html lang="zh-CN"><head><title>基辅遭无人机袭击_新闻</title></head><body><main><article><h1>基辅遭无人机袭击</h1>'
        '<div class="info"><span>2023年05月28日 12:12</span><span>作者：李明</span></div><p>新闻正文。</p></article></main></body></html>',
        '基辅遭无人机袭击', '2023-05-28', ['李明'],
        id='chinese',
    ),
]


@pytest.mark.parametrize(("html", "headline", "day", "authors"), TEMPLATES)
def test_publisher_templates(html, headline, day, authors):
    model = extract(html)
    assert model["headline"]["text"] == headline
    assert model["published"]["datetime"][:10] == day
    assert [a["name"] for a in model["authors"]] == authors


def test_images_of_an_amp_page_and_of_a_lazy_loading_picture():
    """The amp template's photo, and a Daily Express-like picture whose <img> shows a preloader until a script runs."""
    amp = next(p.values[0] for p in TEMPLATES if p.id == "amp")
    assert [(i["src"], i["alt"], i["caption"]["text"], i["credit"]["text"]) for i in extract(amp)["images"]] == [
        ("/kyiv.jpg", "Smoke over Kyiv", "Smoke over Kyiv on Sunday.", "Photo: Reuters")]
    express = ('<html lang="en"><head><title>Hong Kong protests | World | Express.co.uk</title></head><body><main><article>'
               '<h1>Hong Kong protests</h1><div class="photo"><p><picture><source type="image/webp" srcset="/img/hk.webp">'
               '<img class="lazy" src="/img/page/preloaderbig.gif" data-src="/img/hk.jpg" alt="Hong Kong protester"></picture></p>'
               '<span class="newsCaption">China has warned it will act <span class="caption">(Image: GETTY )</span></span></div>'
               '<p>Text of the story here.</p></article></main></body></html>')
    [image] = extract(express)["images"]
    assert (image["src"], image["caption"]["text"], image["credit"]["text"]) == ("/img/hk.jpg", "China has warned it will act", "(Image: GETTY )")
    assert image["source"]["selector"].endswith("picture > img")

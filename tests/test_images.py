"""Image names as browsers compute them, and the alt-text and caption rules on real-world shapes."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import page, position


def codes(body: str, select=("images",)) -> list[str]:
    return [f.code for f in lint_string(page(body), select=list(select))]


@pytest.mark.parametrize(
    "body",
    [
        '<svg role="img" title="Chart"><circle r="4"/></svg>',
        '<svg><circle role="graphics-symbol" r="4"><title>Dot</title></circle></svg>',
        '<span id="l" hidden>Chart</span><div role="img" aria-labelledby="l"></div>',
        '<svg role="graphics-document"><title>Map</title></svg>',
        '<form><input type="image" src="go.png" title="Search"></form>',
        # a group of shapes needs no name (WAI-ARIA Graphics; W3C ACT rule 7d6734 leaves it out)
        '<svg><g role="graphics-object"><circle r="4"/><circle r="8"/></g></svg>',
    ],
)
def test_graphics_with_a_name(body):
    assert codes(body) == []


@pytest.mark.parametrize(
    "body",
    [
        '<svg role="img"><circle r="4"><title>not a child of the svg</title></circle></svg>',
        '<svg role="img" aria-label=" "><circle r="4"/></svg>',
        '<div role="img" aria-labelledby="nowhere"></div>',
        '<svg><circle tabindex="0" r="4"/></svg>',
        '<svg><circle role="graphics-symbol" r="4"/></svg>',
        '<svg role="graphics-document"><circle r="4"/></svg>',
        '<form><input type="image" src="go.png" alt=""></form>',
    ],
)
def test_graphics_without_a_name(body):
    assert codes(body) == ["IMG008"]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ('<div role="img" aria-labelledby="nowhere"></div>', "its aria-labelledby names “nowhere”, which no element in the page has as its id"),
        ('<span id="e"></span><svg role="img" aria-labelledby="e"><path d="M0 0"/></svg>',
         "its aria-labelledby names “e”, whose text is empty; point it at the text that names it, or use aria-label"),
        # adac.de: the icon's <desc id="search"> shares its id with the search field before it, which is what the id names
        ('<form><input id="search" name="q"><button><svg role="img" aria-labelledby="search"><desc id="search">Search</desc>'
         '<path d="M0 0"/></svg></button></form>',
         "its aria-labelledby names “search”, but the first element with that id is the <input> at 5:13, whose text is empty; "
         "give each element its own id"),
        # BuzzFeed: a sprite's <symbol> and the icon's empty <title> share the id; neither has text
        ('<svg hidden><symbol id="w"><path d="M0 0"/></symbol></svg><svg role="img" aria-labelledby="w"><title id="w"/></svg>',
         "its aria-labelledby names “w”, whose text is empty; point it at the text that names it, or use aria-label"),
        ('<svg role="img"><path d="M0 0"/></svg>', "give it aria-label or aria-labelledby (or a <title>)"),
    ],
)
def test_a_graphic_whose_aria_labelledby_names_nothing_is_told_why(body, why):
    [found] = lint_string(page(f"<main>{body}</main>"), select=["IMG008"])
    assert found.message.split("; ", 1)[1] == why


def test_presentational_image_gives_a_heading_no_name():
    assert codes('<h1>T</h1><h2><img src="a.png" alt="Logo" role="presentation"></h2>', select=("HDG004",)) == ["HDG004"]


def test_heading_with_another_role_is_not_a_heading():
    assert codes('<h1>T</h1><h4 role="banner">Site</h4><h2>A</h2>', select=("HDG003", "HDG004")) == []


@pytest.mark.parametrize("alt", ["Prosieben", "Emission peaks", "en", "Route 66", "Shutterstock", "AP Photo 2020"])
def test_words_that_happen_to_be_file_stems_are_not_file_names(alt):
    assert codes(f'<img src="/img/{alt.lower().replace(" ", "_")}.png" alt="{alt}">', select=("IMG003",)) == []


@pytest.mark.parametrize("alt", ["IMG_1234.jpg", "DSC0042", "photo-2016-12-06.png", "8f14e45fceea167a5a36dedd4bea2543", "aleppo_01",
                                 # a stock or agency picture's number, a design tool's default name, a screenshot's as macOS names it
                                 "shutterstock_123456789", "GettyImages-1234567890", "AdobeStock_94729890", "iStock-1234567", "AP20338123456789",
                                 "untitled-1", "Screen Shot 2020-12-03 at 10.00.00 AM",
                                 # … and a slug of one; a Reuters picture's file name
                                 "screenshot-2024-05-06-at-10.32.11", "2024-05-06T103211Z_1_LYNXMPEK450AB_RTROPTP_3_USA-CONGRESS"])
def test_file_names_in_alt(alt):
    assert codes(f'<img src="/img/aleppo_01.jpg" alt="{alt}">', select=("IMG003",)) == ["IMG003"]


@pytest.mark.parametrize(
    ("img", "flagged"),
    [
        # An asset's slug copied into alt, also without an extension (Contentful: …/dsteer-headshot?fm=webp).
        ('<img src="https://images.example.net/4Shx/dsteer-headshot?fm=webp" alt="dsteer-headshot">', True),
        # A name someone wrote, that the slug was made from (chefkoch.de): the case says so.
        ('<img src="https://img.example.de/crop-360x240/mandarinen-schmand-kuchen.jpg" alt="Mandarinen-Schmand-Kuchen">', False),
        # A lazy-loaded image's real address counts, not the placeholder's.
        ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/img/IMG_20190522.jpg" alt="IMG_20190522">', True),
        # The last word of a path is no file name, nor is a sentence the CMS put into the address.
        ('<img src="https://secure.gravatar.com/avatar/?s=80" alt="avatar">', False),
        ('<img src="/incoming/x-5287322/ALTERNATES/BASE_LANDSCAPE/Presidente%20Boric%20visit%C3%B3%20la%20exPosta%20Central" '
         'alt="Presidente Boric visitó la exPosta Central">', False),
        # A brand with a number, written with its capital, whose logo's file has the name in lower case (energetyka24.pl's
        # portals, ProSieben's Sat.1); (guards) a copy as the file writes it, a picture's code in capitals, a name lowered
        ('<img src="/img/logo/defence24/defence24.svg" alt="Defence24">', False),
        ('<img src="/footer-icons/sat1.png" alt="Sat1">', False),
        ('<img src="/wp-content/uploads/2018/05/Barbourxiloveponys2.jpg" alt="Barbourxiloveponys2">', True),
        ('<img src="/150/yt/a23q1552.jpg" alt="A23Q1552">', True),
        ('<img src="/content/img/CO2neutralwebsite.png" alt="co2neutralwebsite">', True),
    ],
)
def test_alt_copied_from_the_address(img, flagged):
    assert codes(img, select=("IMG003",)) == (["IMG003"] if flagged else [])


def messages(body: str, select: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in lint_string(page(body), select=list(select))]


def test_an_image_buttons_alt_is_read_as_an_images():
    """W3C ACT rule 9eb3f6: an image button is named by its alt, and its alt can be its file's name or a placeholder."""
    body = ('<form><input type="image" src="/i/top_weather.gif" alt="top_weather.gif"><input type="image" src="/i/go.png" alt="Photo">'
            '<input type="image" src="/i/go.png" alt="..."><input type="image" src="/i/go.png" alt="Search"></form>')
    assert messages(body, ("IMG003", "IMG004")) == [
        ("IMG003", "alt “top_weather.gif” is a file name; say what the button does"),
        ("IMG004", "alt “Photo” is a placeholder; say what the button does"),
        ("IMG004", "alt “...” says nothing; say what the button does"),
    ]


def test_a_hidden_image_button_is_not_read():
    assert messages('<form hidden><input type="image" src="/i/go.png" alt="go.png"></form>', ("IMG003",)) == []


def test_a_file_name_is_not_also_a_placeholder():
    """A theme's "icon1" for icon1.png, a badge's "88x31" for 88x31.png: a file name (IMG003), told once."""
    body = '<img src="/themes/t/icon1.png" alt="icon1"><img src="/files/88x31.png" alt="88x31"><img src="/a.png" alt="icon1">'
    assert messages(body, ("IMG003", "IMG004")) == [
        ("IMG003", "alt “icon1” is a file name; describe what the image shows"),
        ("IMG003", "alt “88x31” is a file name; describe what the image shows"),
        ("IMG004", "alt “icon1” is a placeholder; describe what the image shows"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # W3C ACT rule 9eb3f6, inapplicable example 4: aria-label names the image, and screen readers never read the alt
        '<img src="/img/teaser_right2.jpg" alt="teaser_right2.jpg" aria-label="Madonna lily">',
        '<span id="l">Map of Aleppo</span><img src="/img/IMG_1234.jpg" alt="IMG_1234.jpg" aria-labelledby="l">',
        '<span id="l">Map of Aleppo</span><img src="/img/a.jpg" alt="Photo" aria-labelledby="l">',
    ],
)
def test_an_alt_that_another_name_overrides_is_not_read(body):
    assert codes(body, select=("IMG003", "IMG004")) == []


def test_an_alt_is_read_when_aria_labelledby_names_nothing():
    assert codes('<img src="/img/IMG_1234.jpg" alt="IMG_1234.jpg" aria-labelledby="nowhere">', select=("IMG003",)) == ["IMG003"]


def test_a_lazy_loaded_image_without_alt_is_named_by_its_real_file():
    html = page('<main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" '
                'data-lazy-src="/img/aleppo-convoy.jpg"></main>')
    assert [f.message for f in lint_string(html, select=["IMG001"])] == [
        'image (aleppo-convoy.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative']


def test_a_machines_long_file_name_is_shown_by_its_start_and_its_end():
    """A Dragonfly image service's name is the base64 of its options: 160 characters in the message."""
    name = "W1siZiIsIjIwMTkvMTAvMjIvMXNwNXc4MDB5ZV9maWxlIl0sWyJwIiwiY29udmVydCIsIi1jcm9wIDB4MCswKzAgLXJlc2l6ZSAxODAweDkwMFx1MDAzZSJdXQ.jpeg"
    [found] = lint_string(page(f'<main><h1>T</h1><img src="https://media.example.com/{name}"></main>'), select=["IMG001"])
    assert found.message == ('image (W1siZiIsIjIwMTkvMTAvMjIvMXNwNXc4MDB5ZV9maWxlIl0sWyJwIiwiY29u…wMFx1MDAzZSJdXQ.jpeg) has no alt text; '
                             'describe it in alt, or use alt="" if it is decorative')


@pytest.mark.parametrize("src", ["//:0", "https://example.com/"])
def test_an_image_whose_address_names_no_file_is_reported_without_empty_brackets(src):
    """LinkedIn's placeholder src="//:0" has no file name to show."""
    [found] = lint_string(page(f'<main><h1>T</h1><img src="{src}"></main>'), select=["IMG001"])
    assert found.message == 'image has no alt text; describe it in alt, or use alt="" if it is decorative'


def test_icons_are_known_by_their_real_address_behind_a_lazy_loading_placeholder():
    placeholder = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    logo = f'<img src="{placeholder}" alt="Instagram" data-lazy-src="https://cdn.example.at/plugins/cookie/images/cb-instagram.png">'
    photo = (f'<img src="{placeholder}" alt="A survival kit on a mountain trail" width="1000" height="800" '
             'data-lazy-src="https://example.com/uploads/2014/09/Mountain-Hike-Survival-Kit-with-Arrowhead-Water.png">')
    html = page(f"<main><article><h1>Headline</h1><p>{logo}</p><p>{photo}</p></article></main>")
    found = lint_string(html, select=["CAP001"])
    assert [(f.code, f.selector) for f in found] == [("CAP001", "html > body > main > article > p:nth-of-type(2) > img")]


def test_caption_rules_skip_icons_teasers_and_boxes():
    body = (
        '<main><article><h1>T</h1>'
        '<a href="/other-story"><img src="teaser.jpg" alt="Teaser" width="300" height="200"></a>'
        '<img src="share-twitter.png" alt="Share on Twitter">'
        '<aside><img src="related.jpg" alt="Related"></aside>'
        '<a href="/big.jpg"><img src="photo.jpg" alt="Soldiers in Aleppo"></a>'
        # A promotion with a caption that links to a shop is a teaser too.
        '<div class="promo"><a href="https://shop.example/all-about-space"><img src="mag.jpg" alt="Magazine" width="300" height="200"></a>'
        '<p class="caption">Need more space? Subscribe to our sister title</p></div>'
        # The author's picture in the byline or the bio box below the text.
        '<ul class="article-author"><li class="headshot"><a href="/writers/rg/" rel="author"><figure><img src="rg.png" alt="Roger Gonzalez mugshot"></figure></a></li></ul>'
        '<div class="saboxplugin-wrap" itemprop="author"><div class="saboxplugin-gravatar"><img src="jl.jpg" alt="Jossi Loibl"></div></div>'
        # An editor's card typed as a Person, captioned with the name (CHIP's "Quote-Editor").
        '<div class="Quote-Editor"><figure itemscope itemtype="http://schema.org/Person"><div class="ratio"><img src="ib.jpg" alt="Inga Buller">'
        '</div><figcaption><cite><p itemprop="name">Inga Buller</p></cite></figcaption></figure></div>'
        # A table's check marks are icons.
        '<table><tr><td><img src="/uploads/check-2.svg" alt="Checkmark"></td><td><img src="/uploads/cross_27px.svg" alt="Cross"></td></tr></table>'
        "</article></main>"
    )
    assert codes(body, select=("captions",)) == ["CAP001"]


def test_a_post_that_wordpress_marks_with_its_authors_name_keeps_its_images():
    body = ('<main><article class="post author-beachbody tag-fan-contributor"><h1>T</h1><div class="entry-content">'
            '<p><a href="/big.jpg"><img src="meal.jpg" alt="Meal prep containers"></a></p></div></article></main>')
    assert codes(body, select=("CAP001",)) == ["CAP001"]


def test_a_layout_box_that_holds_the_article_text_is_not_a_teaser_box():
    """Vox's "l-sidebar-fixed" is the article's column beside the sidebar: its figures are the article's.
    A real sidebar inside the article, with a few paragraphs of its own, stays a box."""
    paragraphs = "".join(f"<p>Paragraph {i} of the article.</p>" for i in range(10))
    body = ('<main><article><h1>T</h1><div class="l-sidebar-fixed"><figure><img src="a.jpg" alt="Smog over Delhi"></figure>'
            f'{paragraphs}</div><div class="sidebar-block"><img src="map.jpg" alt="Map"><p>Kontakt</p><p>Telefon</p></div></article></main>')
    found = lint_string(f'<!doctype html><html lang="en"><head><title>T</title></head><body>{body}</body></html>', select=["CAP001"])
    assert [(f.code, f.message) for f in found] == [("CAP001", "the figure of this article image has no <figcaption>; caption it: who, where, when")]
    # A share box left open around all of a short article's text (a WordPress theme) holds the article too.
    body = ('<main><article><h1>T</h1><div id="socialicons-sticky"><div class="entry-content"><figure><img src="a.jpg" alt="Fridays for Future">'
            '</figure><p>One.</p><p>Two.</p><p>Three.</p></div></div></article></main>')
    assert codes(body, select=("CAP001",)) == ["CAP001"]


@pytest.mark.parametrize(
    "caption",
    [
        'Smog over Delhi <span class="caption__credit">Photograph: Tim Robberts/Getty Images</span>',
        "Troops remain in Afghanistan [File: Reuters]",
        "A cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)",
        "John M. Ford in 1987. Photo by David Dyer-Bennet.",
        '<p class="article__mm-image-credit">Alex Wong | Getty Images</p> Kristi Noem at the White House',
        # El Colombiano's label in capitals without a colon.
        "Uno de los buses portaba distintivos oficiales. FOTO Archivo Particular",
    ],
)
def test_credits_as_newsrooms_write_them(caption):
    body = f'<main><article><h1>T</h1><figure><img src="a.jpg" alt="x"><figcaption>{caption}</figcaption></figure></article></main>'
    assert codes(body, select=("CAP002",)) == []


@pytest.mark.parametrize(
    ("box", "credit"),
    [
        # Reach plc's template (Express, Mirror) fills the credit's source with "NA" when the editor leaves it empty.
        ('<div class="photo"><p class="withoutCaption"><picture><img src="a.jpg" alt="Chloe Caton" width="590" height="332"></picture></p>'
         '<span class="newsCaption">Chloe Caton was found dead <span class="caption">(Image: NA)</span></span></div>', "(Image: NA)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The harbour at dawn <small class="credit">Foto: unbekannt</small></figcaption></figure>',
         "Foto: unbekannt"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The harbour at dawn <small class="credit">Photo: N/A</small></figcaption></figure>', "Photo: N/A"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The harbour at dawn <small class="credit">Image:</small></figcaption></figure>', "Image:"),
        # the BBC's label for screen readers, whose credit the template left out
        ('<figure><span class="image-and-copyright-container"><img src="a.jpg" alt="x"><span class="off-screen">Image copyright</span></span>'
         '<figcaption><span class="off-screen">Image caption</span><span>Taylor Swift on stage.</span></figcaption></figure>', "Image copyright"),
    ],
)
def test_a_credit_that_names_no_source(box, credit):
    findings = lint_string(page(f"<main><article><h1>T</h1>{box}<p>Text.</p></article></main>"), select=["CAP003"])
    assert [(f.code, f.message) for f in findings] == [("CAP003", f"credit “{credit}” names no source; name the agency or photographer")]


@pytest.mark.parametrize("credit", ["(Image: Hassan Ammar/AP)", "Foto: privat", "Image: NASA", "Photo: Nan Goldin", "(Image: Getty)"])
def test_a_credit_that_names_its_source(credit):
    """(guard) Sources that begin like the placeholders, and a private photo's credit."""
    box = (f'<div class="photo"><p class="withoutCaption"><picture><img src="a.jpg" alt="Chloe Caton" width="590" height="332"></picture></p>'
           f'<span class="newsCaption">Chloe Caton was found dead <span class="caption">{credit}</span></span></div>')
    assert lint_string(page(f"<main><article><h1>T</h1>{box}<p>Text.</p></article></main>"), select=["CAP003"]) == []


def test_na_on_a_spanish_page_is_an_agency():
    """Argentine papers credit Noticias Argentinas as "NA" (Infobae's "(Foto: NA)"); elsewhere "NA" is an empty field's."""
    box = ('<figure><img src="a.jpg" alt="El Senado"><figcaption>El recinto del Senado durante la sesión (Foto: NA)</figcaption></figure>')
    assert lint_string(page(f"<main><article><h1>T</h1>{box}<p>Texto.</p></article></main>", lang="es-AR"), select=["CAP003"]) == []
    assert [f.code for f in lint_string(page(f"<main><article><h1>T</h1>{box}<p>Text.</p></article></main>"), select=["CAP003"])] == ["CAP003"]


@pytest.mark.parametrize(
    ("img", "message"),
    [
        ('<img src="a.jpg" alt="Welcome to "libertarian island": how the tech elite sees us">',
         "alt “Welcome to ” is cut short: the words after it (“libertarian island\": how the tech elite…”) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
        ('<img src="a.jpg" alt="$150 off Apple\'s new 15" MacBook Pro">',  # an inch mark
         "alt “$150 off Apple's new 15” is cut short: the words after it (“macbook pro\"”) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
        ('<img src="a.jpg" alt=“Family journeys”>',  # typographic quotes as the value's delimiters
         "alt ““Family” is cut short: the words after it (“journeys””) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
        ('<img src="a.jpg" alt=MTP daily>',  # a value written without quotes ends at its first space
         "alt “MTP” is cut short: the words after it (“daily”) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
        ('<img src="a.jpg" alt=""Apart for now," she said">',  # the quote doubled: alt="" and the words after
         "alt “” is cut short: the words after it (“apart for now,\" she said\"”) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
        ('<img src="a.jpg" alt="Bernhard Stief\n          <div class="article_header">',  # a template's lines in the alt: one space
         "alt “Bernhard Stief <div class=” is cut short: the words after it (“article_header\"”) became attributes of the image; "
         "quote the value with straight quotes and escape quotes inside it as &quot;"),
    ],
)
def test_an_alt_cut_short_by_a_quote(img, message):
    findings = lint_string(page(f"<p>Text.</p>\n{img}"), select=["IMG010"])
    assert [(f.code, f.line, f.column, f.message) for f in findings] == [("IMG010", 6, 1, message)]


@pytest.mark.parametrize("img", [
    '<img src="a.jpg" alt="Welcome to &quot;libertarian island&quot;" loading="lazy">',
    '<img src="a.jpg" alt="Meet the Press" nopin>',  # a plugin's flag after a whole alt
    '<img src="a.jpg" alt="Meet the Press" ismap hidden>',
    '<img src="a.jpg" alt=\'She said "no"\' data-lazy v-if="shown">',
])
def test_an_alt_with_quotes_escaped_or_flags_after_it(img):
    """(guard) Escaped quotes, single-quoted values and the attributes frameworks and plugins add are no cut."""
    assert lint_string(page(f"<p>Text.</p>\n{img}"), select=["IMG010"]) == []


def test_a_figure_inside_the_figure_that_captions_it():
    """breakingnews.ie and Página12 wrap the photo in a figure of its own, inside the figure whose figcaption captions it."""
    body = ('<main><article><h1>T</h1><figure><div><figure class="z-10"><img src="a.jpg" alt="x" width="800" height="500"></figure></div>'
            '<figcaption>The harbour at dawn. Photo: AP</figcaption></figure><p>Text.</p></article></main>')
    assert codes(body, select=("CAP001", "CAP002")) == []
    two = ('<main><article><h1>T</h1><figure><figure><img src="a.jpg" alt="x" width="800" height="500"></figure>'
           '<figure><img src="b.jpg" alt="y" width="800" height="500"></figure><figcaption>Two harbours. Photo: AP</figcaption></figure></article></main>')
    assert codes(two, select=("CAP001",)) == ["CAP001", "CAP001"]  # (a gallery's caption of two photos is neither's own)


def test_an_alt_that_repeats_the_headline():
    """A featured image's alt filled from the post's title (WordPress attachments, Kinja): screen readers hear the headline twice."""
    html = page('<main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1>\n'
                '<figure><img src="a.jpg" alt="Russia blocks UN resolution for “Aleppo” ceasefire!" width="800" height="500">'
                '<figcaption>The Security Council. Photo: AP</figcaption></figure><p>Text.</p></article></main>')
    findings = lint_string(html, select=["IMG011"])
    assert [(f.code, f.line, f.column, f.message) for f in findings] == [
        ("IMG011", 6, 9, "alt repeats the headline at 5:16, so screen readers hear it twice and never what the image shows; describe the image")]


@pytest.mark.parametrize(("alt", "flagged"), [
    ("Russia blocks UN resolution for Aleppo ceasefire - The Paper", True),
    ("The Paper | Russia blocks UN resolution for Aleppo ceasefire", True),
    # (guard) the headline and words about the photo after it
    ("Russia blocks UN resolution for Aleppo ceasefire - The Security Council votes", False),
])
def test_an_alt_that_repeats_the_headline_with_the_sites_name(alt, flagged):
    """A theme that fills a featured image's alt from the page's title gives the headline and the site's name."""
    html = page('<main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1>\n'
                f'<figure><img src="a.jpg" alt="{alt}" width="800" height="500"><figcaption>The Security Council. Photo: AP</figcaption></figure>'
                '<p>Text.</p></article></main>', head='<title>T</title><meta property="og:site_name" content="The Paper">')
    assert [f.code for f in lint_string(html, select=["IMG011"])] == (["IMG011"] if flagged else [])


@pytest.mark.parametrize("body", [
    '<main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1><figure><img src="a.jpg" alt="The UN Security Council votes" '
    'width="800" height="500"><figcaption>The Security Council. Photo: AP</figcaption></figure><p>Text.</p></article></main>',
    # a share button's icon is no photo of the article (IMG011 reads the article's images), nor is a headline of one word a sentence to repeat
    '<main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1><p>Text.</p><a href="https://x.com/share">'
    '<img src="share.png" alt="Russia blocks UN resolution for Aleppo ceasefire" width="16" height="16"></a></article></main>',
    '<main><article><h1>Aleppo</h1><figure><img src="a.jpg" alt="Aleppo" width="800" height="500"></figure><p>Text.</p></article></main>',
])
def test_an_alt_that_says_something_else_than_the_headline(body):
    """(guard)"""
    assert lint_string(page(body), select=["IMG011"]) == []


def test_a_bracketed_remark_is_not_a_credit():
    body = '<main><article><h1>T</h1><figure><img src="a.jpg" alt="x"><figcaption>The rescue (published Monday)</figcaption></figure></article></main>'
    assert codes(body, select=("CAP002",)) == ["CAP002"]


def test_a_credits_label_with_no_one_after_it_is_no_credit():
    """A template that writes "Photo:" and leaves the credit field empty: the credit is missing."""
    body = '<main><article><h1>T</h1><figure><img src="a.jpg" alt="x"><figcaption>The rescue on Monday. Photo:</figcaption></figure></article></main>'
    assert codes(body, select=("CAP002",)) == ["CAP002"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # AMP pages show their photos with <amp-img>, which takes src and alt like <img>.
        ('<amp-img src="/a.jpg" width="800" height="450" layout="responsive"></amp-img>', ["IMG001"]),
        ('<amp-img src="/a.jpg" alt="Soldiers in Aleppo" width="800" height="450" layout="responsive"></amp-img>', []),
        ('<amp-img src="/DSC0042.jpg" alt="DSC0042.jpg" width="800" height="450"></amp-img>', ["IMG003"]),
        # A noscript fallback inside it changes nothing.
        ('<amp-img src="/a.jpg" width="800" height="450"><noscript><img src="/a.jpg" alt="Soldiers"></noscript></amp-img>', ["IMG001"]),
        # Rendered on the server, it holds the <img> browsers show: that one is the image, reported once.
        ('<amp-img src="/a.jpg" width="800" height="450" i-amphtml-ssr><img class="i-amphtml-replaced-content" src="/a.jpg"></amp-img>',
         ["IMG001"]),
    ],
)
def test_amp_images_are_images(body, expected):
    assert codes(body) == expected


def test_amp_image_in_the_article_model():
    from artlint import extract

    html = ('<html amp lang="en"><body><main><article><h1>A headline for this test</h1><figure>'
            '<amp-img src="/c.jpg" alt="A rescue boat on a flooded street" width="800" height="600" layout="responsive"></amp-img>'
            '<figcaption>A rescue boat. <span class="credit">AP Photo/Bob Roe</span></figcaption></figure><p>Text.</p></article></main></body></html>')
    [image] = extract(html)["images"]
    assert (image["src"], image["alt"], image["caption"]["text"], image["credit"]["text"]) == (
        "/c.jpg", "A rescue boat on a flooded street", "A rescue boat.", "AP Photo/Bob Roe")
    assert image["source"]["selector"].endswith("figure > amp-img")


@pytest.mark.parametrize(
    ("alt", "message"),
    [
        ("Firmenschild des Konzerns | Bildquelle: dpa",
         "alt ends with the photo credit “Bildquelle: dpa”, which screen readers read as part of the image; keep the credit in the caption"),
        ("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP Photo/Wilfredo Lee)",
         "alt ends with the photo credit “(AP Photo/Wilfredo Lee)”, which screen readers read as part of the image; keep the credit in the caption"),
        ("Photo: ČTK/Vít Šimánek", "alt “Photo: ČTK/Vít Šimánek” is a photo credit; describe what the image shows, and credit it in the caption"),
        ("Foto von Lisa Pellegrini", "alt “Foto von Lisa Pellegrini” is a photo credit; describe what the image shows, and credit it in the caption"),
        # the agency's credit and Getty's after it: both (each short; together they were more words than a credit has)
        ("Students walk past a hall in Colombo. (Photo by JANE DOE / AFP) (Photo by JANE DOE/AFP via Getty Images)",
         "alt ends with the photo credit “(Photo by JANE DOE / AFP) (Photo by JANE DOE/AFP via Getty…”, which screen readers read as "
         "part of the image; keep the credit in the caption"),
        ("Students in Canberra. (AAP Image/Lukas Coch) NO ARCHIVING",
         "alt ends with the photo credit “(AAP Image/Lukas Coch) NO ARCHIVING”, which screen readers read as part of the image; keep the credit "
         "in the caption"),
    ],
)
def test_a_credit_in_alt_is_reported_at_the_image(alt, message):
    findings = lint_string(page(f'<p>Text.</p>\n<img src="a.jpg" alt="{alt}">'), select=["IMG009"])
    assert [(f.code, f.message) for f in findings] == [("IMG009", message)]
    assert (findings[0].line, findings[0].column) == (6, 1)


@pytest.mark.parametrize(
    "alt",
    [
        "Foto von einer Tasse Kaffee",  # "a photo of a cup of coffee"
        "Foto de una taza de café",
        "The Reuters building in London",
        "Image: South Korea descends into crisis after lawmakers overturn the president's declaration of martial law",
        "[https://m.wsj.net/video/20191119/clipping2v2/clipping2v2_1280x720.jpg]",
        "Claudia Roth (Bündnis 90/Die Grünen)",  # a party's name with a slash
        "Das Abo für 1,99 € (danach 11,99€/Monat)",  # a price per month
        "See How A Ghanaian Lady Was Abused By Three Men (Photos+video)",  # a teaser's headline that says the story has pictures
        "Nigerian Lady Beaten And Disgraced (Photos)",
        "OSTHESSEN|NEWS",  # a site's logo, named as its site is (guard)
        "Día de la Madre: Trome celebró con las mamitas de Chollywood | Magaly  | TROME",  # a logo with the page's title (guard)
    ],
)
def test_alt_that_only_looks_like_a_credit(alt):
    assert codes(f'<img src="a.jpg" alt="{alt}">', select=("IMG009",)) == []


@pytest.mark.parametrize("text", [
    "wp-image-12345 size-full https://static.dw.com/image/36660128_401.jpg", "site-LOGO", "Icon-Twitter", "icons/", "Silicon Valley",
    "sprint.jpg", "shareholders.jpg", "share-button", "flagship", "E-Mail.png", "btn", "QR-Code", "check-16px.svg", "star.png",
    "starfish.jpg", "tic\u212a.png", "\u017fhare", "GRAVATAR", "1X1.gif", "tracking-pixel", "arrowhead.jpg", "arrows",
    "bullet_2.gif", "crossword.jpg", "cross.svg", "rss", "crosses", "avatar_1", "emoji", "spacer.gif", "badge",
])
def test_iconish_answers_as_its_full_pattern_does(text):
    from artlint.figures.selection import ICONISH, iconish

    assert iconish(text) == (ICONISH.search(text) is not None)


_ARTICLE = "<main><article><h1>The harbour</h1>"


@pytest.mark.parametrize(
    ("body", "caption_at"),
    [
        # WordPress's caption box, Deutsche Welle's image box, a caption class beside the image in its box.
        ('<div class="wp-caption"><img src="a.jpg" alt="The harbour at dawn">\n<p class="wp-caption-text">The harbour at dawn</p></div>', (6, 1)),
        ('<div class="picBox"><a href="#"><img src="a.jpg" alt="The harbour at dawn."></a>\n<p>The harbour at dawn</p></div>', (6, 1)),
        ('<div class="media"><div class="media__caption">The harbour at dawn</div>\n<img src="a.jpg" alt="The harbour at dawn"></div>', (5, 55)),
    ],
)
def test_alt_that_repeats_a_caption_without_figure(body, caption_at):
    findings = lint_string(page(_ARTICLE + body + "</article></main>"), select=["IMG005"])
    assert [(f.code, f.message) for f in findings] == [
        ("IMG005", f"alt repeats the caption at {caption_at[0]}:{caption_at[1]}, so screen readers read it twice; describe what the image shows instead")]


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        # Mediapart fills alt and legend from one field, the credit at its end.
        ("Des pancartes à Bordeaux, le 1er décembre. © E.B",
         '<span class="legend">Des pancartes à Bordeaux, le 1er décembre. © E.B</span>'),
        ("The harbour at dawn (AP Photo/Jane Doe)", "<figcaption>The harbour at dawn (AP Photo/Jane Doe)</figcaption>"),
        ("The harbour at dawn. Photo: Reuters", '<figcaption>The harbour at dawn. <span class="credit">Photo: Reuters</span></figcaption>'),
        ("The harbour at dawn (Photo: Reuters)", '<figcaption>The harbour at dawn <span class="credit">Reuters</span></figcaption>'),
    ],
)
def test_alt_that_repeats_the_caption_with_its_credit(alt, caption):
    """The whole caption in the alt, credit and all, is heard twice as much as the caption alone."""
    box = "figure" if caption.startswith("<figcaption") else 'div class="media"'
    body = f'<{box}><img src="a.jpg" alt="{alt}">\n{caption}</{box.split()[0]}>'
    findings = lint_string(page(_ARTICLE + body + "</article></main>"), select=["IMG005"])
    assert [(f.code, f.line, f.column) for f in findings] == [("IMG005", 5, len(_ARTICLE) + len(box) + 3)]


@pytest.mark.parametrize("alt", ["The harbour at dawn, seen from the ferry. © E.B", "Boats. © E.B", "© E.B"])
def test_alt_with_the_credit_but_other_words_is_no_copy_of_the_caption(alt):
    """(guard) The credit alone, or before other words, is IMG009's; the alt says something the caption does not."""
    body = f'<div class="media"><img src="a.jpg" alt="{alt}">\n<span class="legend">The harbour at dawn. © E.B</span></div>'
    assert lint_string(page(_ARTICLE + body + "</article></main>"), select=["IMG005"]) == []


def test_a_teasers_image_beside_its_title_is_no_caption_copy():
    """Outside the article's images (a teaser linking to another story), a title beside the image is no caption of it."""
    body = '<div class="teaser"><a href="/other"><img src="a.jpg" alt="The harbour at dawn"></a><p class="caption">The harbour at dawn</p></div>'
    assert lint_string(page(_ARTICLE + "<p>Text.</p></article></main>" + body), select=["IMG005"]) == []


@pytest.mark.parametrize(
    "body",
    [
        '<div class="picBox"><img src="a.jpg" alt="Fishing boats in the harbour"><p>The harbour at dawn</p></div>',
        '<div class="wp-caption"><img src="a.jpg" alt="The harbour at dawn"></div><p>The harbour at dawn</p>',
        '<div><img src="a.jpg" alt="The harbour at dawn"><p>The harbour at dawn</p><p>More of the text.</p></div>',
    ],
)
def test_alt_beside_other_words_is_no_copy_of_a_caption(body):
    assert lint_string(page(_ARTICLE + body + "</article></main>"), select=["IMG005"]) == []


@pytest.mark.parametrize("alt", ["undefined", "null", "NaN", "[object Object]", "{{ image.alt }}", "%alt%", "Logo <%=SITE_NAME%>",
                                 "${photo.alt}", "1200x800"])
def test_an_alt_the_template_failed_to_fill_is_reported(alt):
    """A script that renders a missing field writes "undefined" (Cork Beo), a template left unrendered its own
    placeholder (La Prensa Gráfica's "<%=SITE_NAME%>"), a CMS the image's size."""
    [found] = lint_string(page(f'<main><h1>T</h1><img src="a.jpg" alt="{alt.replace("<", "&lt;")}"></main>'), select=["IMG004"])
    assert found.message == f"alt “{alt}” is a template's or a script's stand-in, not a description; fill it from the image's description"


@pytest.mark.parametrize("alt", ["Symbolbild", "Titelbild", "Header image", "Article image", "default image"])
def test_an_alt_that_names_the_images_place_is_a_placeholder(alt):
    [found] = lint_string(page(f'<main><h1>T</h1><img src="a.jpg" alt="{alt}"></main>'), select=["IMG004"])
    assert found.message == f"alt “{alt}” is a placeholder; describe what the image shows"


@pytest.mark.parametrize("alt", ["写真", "画像", "사진", "Фото", "صورة", "Kuva", "Görsel", "图片", "Imagem", "Hình ảnh",
                                 "Slika", "Nuotrauka", "Snimka", "Снимка", "Imatge", "Llun", "Picha", "Larawan", "Şəkil", "ფოტო",
                                 "Լուսանկար", "ছবি", "படம்", "ఫోటో", "छायाचित्र", "ඡායාරූපය", "ፎቶ", "Зураг", "Pilt", "Attēls"])
def test_the_word_for_image_or_photo_in_other_languages_is_a_placeholder(alt):
    [found] = lint_string(page(f'<main><h1>T</h1><img src="a.jpg" alt="{alt}"></main>'), select=["IMG004"])
    assert found.message == f"alt “{alt}” is a placeholder; describe what the image shows"


@pytest.mark.parametrize("alt", ["Photo 1", "Image 3 of 10", "Bild 1 von 5", "Foto 2/5", "image00001", "icon1", "Logo 2019"])
def test_a_placeholder_and_a_number_is_a_placeholder(alt):
    """A gallery's counter or a CMS's numbering after the word for image: no description either."""
    [found] = lint_string(page(f'<main><h1>T</h1><img src="a.jpg" alt="{alt}"></main>'), select=["IMG004"])
    assert found.message == f"alt “{alt}” is a placeholder; describe what the image shows"


@pytest.mark.parametrize(("logo", "said"), [
    ('<a href="/"><img src="dwn-logo.png" alt="Logo"></a>',
     "alt “Logo” says what the image is, not whose, and it is all the link to “/” says; give the logo alt that names the site "
     "(“Deutsche Wirtschafts Nachrichten”)"),
    ('<a href="https://www.example.com/">Home <img src="dwn-logo.png" alt="logo"></a>',
     "alt “logo” says what the image is, not whose; give the logo alt that names the site"),  # (a page of no address of its own)
    ('<img src="partner-logo.png" alt="logo">',
     "alt “logo” says what the image is, not whose; give the logo alt that names the site, the company or the brand"),
])
def test_a_logo_whose_alt_says_logo_is_told_to_name_whose_it_is(logo, said):
    """Half of IMG004's findings on the corpus (102 of 199) are logos whose alt is "logo": screen readers say "logo, link"
    in every page's header."""
    html = page(f"<header>{logo}</header><main><h1>T</h1></main>",
                head='<title>T</title><meta property="og:site_name" content="Deutsche Wirtschafts Nachrichten">')
    [found] = lint_string(html, select=["IMG004"])
    assert found.message == said


@pytest.mark.parametrize("alt", ["...", "-", ".", "×", "<", "*", "|"])
def test_an_alt_of_punctuation_alone_says_nothing(alt):
    [found] = lint_string(page(f'<main><h1>T</h1><img src="a.jpg" alt="{alt.replace("<", "&lt;")}"></main>'), select=["IMG004"])
    assert found.message == f'alt “{alt}” says nothing; describe what the image shows, or write alt="" if the image is decorative'


@pytest.mark.parametrize("alt", ["None of the soldiers wore helmets", "Symbolbild: Ein Polizeiauto vor dem Rathaus", "The 1200x800 screen",
                                 "写真展の会場", "Фото с места событий",
                                 # (guards) a smiley's picture says its smiley, an emoji's its emoji; a number that is a name; a file name is IMG003's
                                 ":)", ";-)", ":(", "<3", "😀", "©", "Apollo 11", "IMG_9362"])
def test_an_alt_that_says_something_with_such_words_is_no_placeholder(alt):
    assert codes(f'<main><h1>T</h1><img src="a.jpg" alt="{alt}"></main>', select=["IMG004"]) == []


def test_a_placeholder_beside_the_photo_it_stands_in_for_is_no_article_image():
    """The BBC puts a grey placeholder before each photo for the script to swap; the photo is the figure's one image."""
    from artlint import extract

    figure = ('<figure><div style="padding-bottom:56.25%"><img src="/bbcx/grey-placeholder.png" aria-label="image unavailable" '
              'class="hide-when-no-script"><img src="https://ichef.bbci.co.uk/news/480/cpsprodpb/1234/live/abcd.jpg.webp" loading="lazy" '
              'alt="Firefighters at the site"><span role="text"><span class="visually-hidden">Image source, </span>Reuters</span></div>'
              '<figcaption><span class="visually-hidden">Image caption, </span>Firefighters worked through the night</figcaption></figure>')
    html = f'<html lang="en"><body><main><article><h1>Drone attack hits Kharkiv</h1><p>Text.</p>{figure}<p>More.</p></article></main></body></html>'
    [image] = extract(html)["images"]
    assert (image["src"], image["alt"]) == ("https://ichef.bbci.co.uk/news/480/cpsprodpb/1234/live/abcd.jpg.webp", "Firefighters at the site")
    assert [f.message for f in lint_string(html) if f.code == "CON001" and "images" in f.message] == []
    alone = html.replace('<img src="https://ichef.bbci.co.uk/news/480/cpsprodpb/1234/live/abcd.jpg.webp" loading="lazy" alt="Firefighters at the site">', "")
    assert [i["src"] for i in extract(alone)["images"]] == ["/bbcx/grey-placeholder.png"]  # (guard) alone, it is the figure's image


def test_a_teaser_link_that_holds_only_an_image_with_empty_alt():
    html = page('<main><h1>Headline</h1><p>Text.</p>\n<a href="/2016/12/aleppo-ceasefire"><img src="a.jpg" alt=""><img src="b.jpg" alt=""></a></main>')
    [found] = lint_string(html, select=["IMG012"])
    assert (found.line, found.column) == (6, 37)  # the first image, where the fix goes
    assert found.message == ("the link to “/2016/12/aleppo-ceasefire” holds only this image, and its alt is empty, so the link "
                             "has no name; give the image alt that says where the link goes")


@pytest.mark.parametrize(("attributes", "hide"), [
    (' tabindex="-1"', 'aria-hidden="true" (its tabindex="-1" already keeps the Tab key out)'),  # (Yahoo's stream)
    ("", 'aria-hidden="true" and tabindex="-1"'),
])
def test_a_teaser_cards_picture_linked_again_beside_its_headlines_link(attributes, hide):
    card = (f'<li><a href="/2016/12/aleppo-ceasefire"{attributes}><img src="a.jpg" alt=""></a>\n'
            '<h3><a href="/2016/12/aleppo-ceasefire">Russia blocks UN resolution</a></h3></li>')
    html = page(f"<main><h1>Headline</h1><p>Text.</p><ul>{card}</ul></main>")
    [found] = lint_string(html, select=["IMG012"])
    assert found.message == ("the link to “/2016/12/aleppo-ceasefire” holds only this image, and its alt is empty, so the link "
                             "has no name; it repeats the link “Russia blocks UN resolution” at 6:5: hide it from screen readers "
                             f"with {hide}, or give the image alt that says where the link goes")


@pytest.mark.parametrize("other", [
    '<h3><a href="/2016/12/other-story">Russia blocks UN resolution</a></h3>',  # another address
    '<h3><a href="/2016/12/aleppo-ceasefire" hidden>Russia blocks UN resolution</a></h3>',  # not shown
    '<h3><a href="/2016/12/aleppo-ceasefire"><img src="b.jpg" alt=""></a></h3>',  # nameless too
    "<p>x</p>" * 45 + '<h3><a href="/2016/12/aleppo-ceasefire">Russia blocks UN resolution</a></h3>',  # far from it
])
def test_a_picture_link_without_a_named_link_to_the_same_address_beside_it(other):
    html = page(f'<main><h1>Headline</h1><a href="/2016/12/aleppo-ceasefire"><img src="a.jpg" alt=""></a>{other}</main>')
    assert [f.message.split("; ", 1)[1] for f in lint_string(html, select=["IMG012"])][:1] == ["give the image alt that says where the link goes"]


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/story"><img src="a.jpg" alt="Russia blocks UN resolution"></a>',
        '<a href="/story"><img src="a.jpg" alt="">Russia blocks UN resolution</a>',
        '<a href="/story"><img src="a.jpg" alt=""><span class="visually-hidden">Russia blocks UN resolution</span></a>',
        '<a href="/story" aria-label="Russia blocks UN resolution"><img src="a.jpg" alt=""></a>',
        '<h3 id="t">Russia blocks UN resolution</h3><a href="/story" aria-labelledby="t"><img src="a.jpg" alt=""></a>',
        '<a href="/story" title="Russia blocks UN resolution"><img src="a.jpg" alt=""></a>',
        '<a href="/story"><picture title="Russia blocks UN resolution"><img src="a.jpg" alt=""></picture></a>',  # (lokalo.de)
        '<a href="/story"><img src="a.jpg" alt=""><img src="b.jpg" alt="Russia blocks UN resolution"></a>',
        '<a href="/story" hidden><img src="a.jpg" alt=""></a>',
        '<a href="/story" aria-hidden="true" tabindex="-1"><img src="a.jpg" alt=""></a>',
        '<a name="anchor"><img src="a.jpg" alt=""></a>',  # no href: no link
        '<a href="/story"><img src="a.jpg"></a>',  # no alt at all: IMG001's
    ],
)
def test_image_links_that_have_a_name_or_are_no_link(link):
    assert lint_string(page(f"<main><h1>Headline</h1>{link}</main>"), select=["IMG012"]) == []


@pytest.mark.parametrize(("href", "head", "advice"), [
    ("/", '<meta property="og:site_name" content="Raw Story - Celebrating 18 Years of Independent Journalism">',
     "give the logo alt that names the site (“Raw Story”)"),  # (the name without its tagline)
    ("https://www.news.example/", '<meta property="og:site_name" content="Deccan Herald">', "give the logo alt that names the site (“Deccan Herald”)"),
    ("/", "", "give the logo alt that names the site"),
    ("/", '<meta property="og:site_name" content="☆☆☆☆☆">', "give the logo alt that names the site"),
    ("https://www.berlinale.de", "", "give the logo alt that names the site it leads to"),  # a partner's logo
    ("/?page=2", "", "give the image alt that says where the link goes"),  # (guard) no home page
    # a gallery's thumbnail linked to its photo's file (WordPress's "link to media file"): what it shows is where it goes
    ("/wp-content/uploads/2019/11/ID._SPACE_VIZZION-10533.jpg?v=2", "", "give the image alt that says what it shows: the link opens the picture"),
    ("/2019/11/vizzion.jpg.html", "", "give the image alt that says where the link goes"),  # (guard) a page about the picture
])
def test_what_a_linked_image_should_say_follows_where_the_link_goes(href, head, advice):
    head = f'<title>T</title><link rel="canonical" href="https://news.example/2016/12/story.html">{head}'
    html = page(f'<header><a href="{href}"><img src="logo.svg" alt=""></a></header><main><h1>H</h1></main>', head)
    [found] = lint_string(html, select=["IMG012"])
    assert found.message.split("; ", 1)[1] == advice


def test_a_logo_beside_a_home_link_is_named_first_and_hidden_second():
    html = page('<header><a href="/"><img src="logo.svg" alt=""></a><nav><a href="/">Home</a></nav></header><main><h1>H</h1></main>',
                '<title>T</title><meta property="og:site_name" content="Deccan Herald">')
    [found] = lint_string(html, select=["IMG012"])
    assert found.message.split("; ", 1)[1].split(": ", 1)[1] == (
        'give the logo alt that names the site (“Deccan Herald”), or hide it from screen readers with aria-hidden="true" and tabindex="-1"')


@pytest.mark.parametrize(("link", "said"), [
    ('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg"></a>',
     "image (aleppo.jpg) has no alt text, and the link to “/2016/12/aleppo-ceasefire” holds only this image, so the link has no "
     "name; give the image alt that says where the link goes"),
    ('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg"><img src="b.jpg"></a>',
     "image (aleppo.jpg) has no alt text, and the link to “/2016/12/aleppo-ceasefire” holds only images, so the link has no "
     "name; give the image alt that says where the link goes"),
    ('<a href="/"><img src="logo.svg"></a>',
     "image (logo.svg) has no alt text, and the link to “/” holds only this image, so the link has no name; give the logo alt "
     "that names the site (“Deccan Herald”)"),
    ('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg"></a><h3><a href="/2016/12/aleppo-ceasefire">Russia blocks UN '
     'resolution</a></h3>',
     "image (aleppo.jpg) has no alt text, and the link to “/2016/12/aleppo-ceasefire” holds only this image, so the link has no "
     "name; it repeats the link “Russia blocks UN resolution” at {at}: hide it from screen readers with aria-hidden=\"true\" and "
     "tabindex=\"-1\", or give the image alt that says where the link goes"),
    # (guards) a link that its title or its text names; an image in no link
    ('<a href="/gallery/3" title="Photo 3 of 12"><img src="aleppo.jpg"></a>',
     'image (aleppo.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative'),
    ('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg"> Russia blocks UN resolution</a>',
     'image (aleppo.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative'),
    ('<p><img src="aleppo.jpg"></p>', 'image (aleppo.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative'),
])
def test_an_image_without_alt_that_is_all_of_a_link_is_not_told_to_take_an_empty_alt(link, said):
    """alt="" marks decoration, but an image that is all of a link is what the link says: with alt="", the link would have no
    name (IMG012). A third of IMG001's findings on the corpus are such images (1,405 of 4,333)."""
    html = page(f'<main><h1>Headline</h1><p>Text.</p>\n{link}</main>',
                head='<title>T</title><meta property="og:site_name" content="Deccan Herald">')
    twin = ":".join(map(str, position(html, '<a href="/2016/12/aleppo-ceasefire">Russia'))) if "<h3>" in link else ""
    assert [f.message for f in lint_string(html, select=["IMG001"])][:1] == [said.format(at=twin)]


def test_a_logo_marked_as_presentation_in_a_link():
    [found] = lint_string(page('<header><a href="/"><img src="logo.svg" role="presentation"></a></header><main><h1>H</h1></main>'),
                          select=["IMG012"])
    assert found.message.startswith("the link to “/” holds only this image, and its role=\"presentation\" marks it as "
                                    "decoration, so the link has no name;")
    [found] = lint_string(page('<main><h1>H</h1><a href="/a"><img src="a.jpg" alt="" role="none"></a></main>'),
                          select=["IMG012"])
    assert found.message.startswith("the link to “/a” holds only this image, and its alt is empty, so the link has no name;")


def test_one_photo_cut_to_several_shapes_for_several_screens_is_one_image():
    """bike-magazin.de: four <img> of one photo, one per aspect ratio, of which a style sheet shows one. Two photos side by
    side, or the same photo again after some text, stay two images (guard)."""
    from artlint import extract

    cuts = "".join(f'<img class="ratio-{r}" src="/img/{blank}.png" data-src="/__image/a/2731172/alias/m/ar/{r}/reportatree-warn-app.jpg">'
                   for r, blank in (("16-9", "160_90"), ("4-3", "40_30"), ("3-4", "30_40"), ("1-1", "50_50")))
    html = page(f"<main><article><h1>Strava update</h1><p>Text of the story.</p><div>{cuts}</div><p>More text.</p></article></main>")
    assert [i["src"] for i in extract(html)["images"]] == ["/__image/a/2731172/alias/m/ar/16-9/reportatree-warn-app.jpg"]
    two = html.replace("3-4/reportatree-warn-app", "3-4/strava-heatmap-berlin")
    assert len(extract(two)["images"]) == 3
    apart = html.replace('<img class="ratio-4-3"', 'Reportatree, the app.<img class="ratio-4-3"')
    assert len(extract(apart)["images"]) == 2


@pytest.mark.parametrize("image, message", [
    ('<img src="a.jpg" alt="Elsenbrücke (Foto: Charlotte Elsen)">',
     "article image has no credit in its caption, only in its alt (“(Foto: Charlotte Elsen)”), which screen readers read as part of "
     "the image; move the credit into the caption"),
    ('<img src="a.jpg" alt="Photo: ČTK/Vít Šimánek">',
     "article image has no credit in its caption, only in its alt (“Photo: ČTK/Vít Šimánek”), which screen readers read as part of "
     "the image; move the credit into the caption"),
    ('<img src="a.jpg" alt="Tahir Della" title="Tahir Della (picture-alliance/dpa/L. Schwedes)">',  # Deutsche Welle's older pages
     "article image has no credit in its caption, only in its title (“(picture-alliance/dpa/L. Schwedes)”), which readers see only "
     "while the pointer rests on the image; move the credit into the caption"),
    ('<a href="/big.jpg" data-credit="Imago"><img src="a.jpg" alt="Waves"></a>',
     "article image has no credit in its caption, only in its data-credit attribute (“Imago”), which no reader sees; move the credit "
     "into the caption"),
    ('<img src="a.jpg" alt="Image: South Korea descends into crisis after the president declares martial law on television">',  # (guard)
     "article image has no credit; add one to the caption, e.g. “Image: picture-alliance/AP Photo/H. Ammar”"),
])
def test_a_credit_the_image_keeps_out_of_sight_is_named_where_it_is(image, message):
    body = f'<main><article><h1>T</h1><figure>{image}<figcaption>The rescue on Monday.</figcaption></figure></article></main>'
    html = page(body)
    assert [(f.code, (f.line, f.column), f.message) for f in lint_string(html, select=["CAP002"])] == [("CAP002", position(html, "<img"), message)]


def test_a_credit_kept_in_an_attribute_and_shown_in_the_figure_is_the_credit_readers_see():
    """TV Today keeps the credit in data-credit and shows it below the photo in a span no class marks as a credit."""
    from artlint import extract

    html = page('<main><article><h1>T</h1><figure><div><img src="a.jpg" alt="Will Smith" data-credit="Judy Eddy/WENN.com">'
                '<figcaption>Will Smith and his son</figcaption></div>\n<span class="description">Judy Eddy/WENN.com</span></figure></article></main>')
    assert lint_string(html, select=["CAP002"]) == []
    credit = extract(html)["images"][0]["credit"]
    assert (credit["text"], (credit["source"]["line"], credit["source"]["column"]), credit["source"].get("attribute")) == (
        "Judy Eddy/WENN.com", position(html, '<span class="description">'), None)


@pytest.mark.parametrize("body, message", [
    ('<div class="wp-caption"><img src="a.jpg" alt="Soldiers" width="940" height="529"><p class="wp-caption-text">Syrian army troopers in '
     'Aleppo</p></div>',
     "article image is not in a <figure>: its caption (“Syrian army troopers in Aleppo”) stands in <p class=\"wp-caption-text\">, which "
     "browsers and screen readers do not tie to the image; make the box around both a <figure> and the caption its <figcaption>"),
    ('<figure><img src="a.jpg" alt="Soldiers" width="940" height="529"><div class="caption">Syrian army troopers in Aleppo</div></figure>',
     "the figure of this article image has no <figcaption>: its caption (“Syrian army troopers in Aleppo”) stands in <div class=\"caption\">; "
     "make that element its <figcaption>"),
    ('<div class="hero"><figure><img src="a.jpg" alt="Soldiers" width="940" height="529"></figure></div><figcaption>Syrian army troopers in '
     'Aleppo</figcaption>',  # NBC News' hero
     "the figure of this article image has no <figcaption>: its caption (“Syrian army troopers in Aleppo”) stands in <figcaption> outside "
     "the figure; move it into the figure as its <figcaption>"),
    ('<figure><img src="a.jpg" alt="Soldiers" width="940" height="529"></figure><p>Syrian army troopers patrolled the streets of Aleppo '
     'on Tuesday, as the ceasefire talks in Geneva stalled for the third time this month.</p>',  # (guard) no caption anywhere
     "the figure of this article image has no <figcaption>; caption it: who, where, when"),
])
def test_a_caption_outside_a_figcaption_is_named_where_it_stands(body, message):
    html = page(f"<main><article><h1>Aleppo</h1>{body}</article></main>")
    assert [(f.code, (f.line, f.column), f.message) for f in lint_string(html, select=["CAP001"])] == [("CAP001", position(html, "<img"), message)]


@pytest.mark.parametrize(("css", "found"), [
    (".th4c1b9653 { display: none; }", []),  # a tracking pixel its class hides (aeb corpus pages)
    (".th4c1b9653 { display: none; } .th4c1b9653:hover { display: block }", []),  # (no element not displayed is hovered)
    # guards: a class displayed by another rule, or shown from some width on
    (".th4c1b9653 { display: none; } .wrap .th4c1b9653 { display: inline }", ["IMG001"]),
    (".th4c1b9653 { display: none; } @media (min-width: 40em) { .th4c1b9653 { display: block } }", ["IMG001"]),
])
def test_an_image_the_pages_style_sheet_never_displays_needs_no_alt(css, found):
    """axe-core leaves out what is not displayed; so does artlint, for what the page's own style sheet never displays."""
    assert codes(page(f'<style>{css}</style><h1>T</h1><img src="data:image/gif;base64,R0lGOD" class="th4c1b9653">')) == found


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('<ul><li><a href="/2016/12/aleppo"><img src="a.jpg" alt="Russia blocks UN resolution">\n<h3>Russia blocks UN resolution</h3>'
         "</a></li></ul>",
         "alt “Russia blocks UN resolution” repeats the text of the link it is in, so screen readers announce the link as "
         "“Russia blocks UN resolution Russia blocks UN resolution”; write alt=\"\" (the link's text names it), or alt that says "
         "what the picture adds"),
        ('<a href="/news"><img src="news.svg" alt="News">News</a>',  # LADbible's menu
         "alt “News” repeats the text of the link it is in, so screen readers announce the link as “News News”; write "
         "alt=\"\" (the link's text names it), or alt that says what the picture adds"),
        ('<button type="button"><img src="print.svg" alt="Print"> print</button>',
         "alt “Print” repeats the text of the button it is in, so screen readers announce the button as “Print Print”; "
         "write alt=\"\" (the button's text names it), or alt that says what the picture adds"),
    ],
)
def test_an_alt_that_repeats_the_text_of_its_link(body, said):
    """axe-core's image-redundant-alt, for links and buttons: their name is all their text, the alt included."""
    html = page(f"<main><h1>Headline</h1>\n{body}\n</main>")
    [found] = lint_string(html, select=["IMG013"])
    assert (found.message, found.severity.name, (found.line, found.column)) == (said, "WARNING", position(html, "<img"))


@pytest.mark.parametrize(
    "body",
    [
        '<a href="/a"><img src="a.jpg" alt=""><h3>Russia blocks UN resolution</h3></a>',
        '<a href="/a"><img src="a.jpg" alt="Buses leave eastern Aleppo"><h3>Russia blocks UN resolution</h3></a>',
        '<a href="/a"><img src="a.jpg" alt="Headline" role="presentation">Headline</a>',  # decorative: says nothing
        '<a href="/a"><img src="a.jpg" alt="Headline" aria-hidden="true">Headline</a>',
        '<a href="/a" aria-label="Read: Headline"><img src="a.jpg" alt="Headline">Headline</a>',  # named by its label
        '<a href="/a" hidden><img src="a.jpg" alt="Headline">Headline</a>',
        '<a><img src="a.jpg" alt="Headline">Headline</a>',  # no link without an address
        '<p><img src="a.jpg" alt="Headline">Headline</p>',  # no link, no name made of both
        '<a href="/a"><img src="a.jpg" alt="Facebook"></a> <a href="/b">Facebook</a>',  # two links
        '<a href="/g">' + '<img src="g.jpg" alt="Gallery">' * 5 + 'Gallery</a>',  # a gallery in one link
        # the link's title is no part of its name when the alt names it (heise's social icons, jugend-forscht's tiles)
        '<a href="https://www.facebook.com/x" title="Mac &amp; i Facebook"><img src="fb.png" alt="Mac &amp; i Facebook"></a>',
    ],
)
def test_an_alt_that_does_not_repeat_its_link(body):
    assert lint_string(page(f"<main><h1>Headline</h1>\n{body}\n</main>"), select=["IMG013"]) == []



# IMG014: a link whose words are all inside a <figure>, whose content browsers leave out of the link's name

@pytest.mark.parametrize(
    ("body", "said"),
    [
        # a teaser card (La Cuarta, CBS Sports, Los Andes)
        ('<a href="/2016/12/aleppo"><figure class="teaser"><img src="a.jpg" alt="Russia blocks UN resolution"></figure></a>',
         "the link to “/2016/12/aleppo” says “Russia blocks UN resolution” only inside a <figure>, whose content browsers leave "
         "out of the name of a link around it, so the link has no name; put the link inside the figure, around the image, or make "
         "the figure a <div>"),
        # inside a <picture>, beside a hidden caption; a box that says it is a figure
        ('<a href="/a"><figure><picture><img src="a.jpg" alt="Aleppo"></picture><figcaption hidden>Aleppo</figcaption></figure></a>',
         "the link to “/a” says “Aleppo” only inside a <figure>, whose content browsers leave out of the name of a link around it, "
         "so the link has no name; put the link inside the figure, around the image, or make the figure a <div>"),
        ('<a href="/a"><div role="figure"><img src="a.jpg" alt="Aleppo"></div></a>',
         "the link to “/a” says “Aleppo” only inside a <div role=\"figure\">, whose content browsers leave out of the name of a "
         "link around it, so the link has no name; put the link inside the figure, around the image, or drop its role=\"figure\""),
        # a caption names the link in Firefox, not in Chrome
        ('<a href="/a"><figure><img src="a.jpg" alt=""><figcaption>Russia blocks UN resolution</figcaption></figure></a>',
         "the link to “/a” says “Russia blocks UN resolution” only inside a <figure>, which Chrome leaves out of the name of a link "
         "around it, figcaption and all, so the link has no name in Chrome; put the link inside the figure, around the image, or "
         "make the figure a <div>"),
    ],
)
def test_a_link_that_says_its_words_only_in_a_figure(body, said):
    html = page(f"<main><h1>Headline</h1>\n{body}\n</main>")
    [found] = lint_string(html, select=["IMG014"])
    assert (found.message, found.severity.name, (found.line, found.column)) == (said, "ERROR", position(html, "<a "))


@pytest.mark.parametrize(
    "body",
    [
        '<figure><a href="/a"><img src="a.jpg" alt="Aleppo"></a></figure>',  # the link inside the figure
        '<a href="/a"><figure><img src="a.jpg" alt="Buses"></figure><h3>Aleppo</h3></a>',  # words outside the figure
        '<a href="/a" title="Aleppo"><figure><img src="a.jpg" alt="Aleppo"></figure></a>',  # named by its title
        '<a href="/a" aria-label="Aleppo"><figure><img src="a.jpg" alt="Aleppo"></figure></a>',
        '<a href="/a"><figure aria-label="Aleppo"><img src="a.jpg" alt="Aleppo"></figure></a>',  # the figure's own name
        '<a href="/a"><figure title="Aleppo"><img src="a.jpg" alt="Aleppo"></figure></a>',
        '<a href="/a"><figure role="none"><img src="a.jpg" alt="Aleppo"></figure></a>',  # no figure to browsers
        '<a href="/a"><img src="a.jpg" role="figure" alt="Aleppo"></a>',  # an image keeps its alt
        '<a href="/a"><figure><img src="a.jpg" alt=""></figure></a>',  # says nothing at all: IMG012's
        '<a href="/a" hidden><figure><img src="a.jpg" alt="Aleppo"></figure></a>',
        '<a><figure><img src="a.jpg" alt="Aleppo"></figure></a>',  # no link without an address
    ],
)
def test_a_link_with_words_outside_a_figure_or_none(body):
    assert lint_string(page(f"<main><h1>Headline</h1>\n{body}\n</main>"), select=["IMG014"]) == []


def test_an_empty_alt_in_a_linked_figure_is_told_that_alt_alone_will_not_name_the_link():
    """eltiempo.com's logo: alt="" in a <figure> in the link home; an alt would still leave the link nameless."""
    html = page('<main><h1>Headline</h1>\n<a href="https://www.eltiempo.com/"><figure class="logo"><img src="eltiempo_logo.png" alt="">'
                "</figure></a>\n</main>")
    [found] = lint_string(html, select=["IMG012"])
    assert found.message.endswith(", and put the link inside the figure, around the image: browsers leave a figure's content, the "
                                  "alt in it too, out of the name of a link around it")

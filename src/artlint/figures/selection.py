"""Which images are the article's: not icons, logos, ads, tracking pixels, authors' photos, teasers of other stories or
carousel copies; and the lead image the page's metadata names."""

from __future__ import annotations

import itertools
import re
from itertools import islice, takewhile
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from ..content import (content_root, figure_of, image_src, is_navigation, names_box, noscript_twin, placeholder_src, squash_text,
                       titled_other_stories)
from ..lazyre import lazy
from ..page import IMAGE_TAGS, Page
from ..select import select
from ..text import visible_text
from .accessible import decorative, images
from .boxes import boxes_around, classed_box, image_key, in_viewer
from .captions import loose_caption
from .words import CAPTION_CLASS, FILE_NAME, HIDDEN_CLASS


# Words in an icon's class or address; whole words where a longer word is a photo's ("Sprint", "Silicon Valley",
# "shareholders", "flagship", "Arrowhead", the federal sites' "/SharedDocs/Bilder/…"; a photo sent by WhatsApp,
# "WhatsApp-Image-2022-05-03-at-7.14.15-PM.jpg"; a resizer's "trafo=21x10").
ICONISH = lazy(
    # (a square crop at a width is a photo's: tagesschau.de's ".../1x1-840/haushalt-100.jpg")
    r"(?<!sil)icons?(?![a-z])|(?<![a-z])icon(?!ic)|logo|avatar|emoji|sprite|pixel(?!ated)|spacer|badge|gravatar|tracking|(?<!\d)1x1(?!\d|-\d)|"
    # (not a word of a dotted slug in the address, CNN's "/2010/POLITICS/08/13/democrats.social.security/story.kaine.gi.jpg")
    r"(?<![a-z.])(?:share|social|print|flag|button)(?!holder|ism|ist|er|ing|e?d|ship|ly|ity)|twitter|facebook|"
    r"whatsapp(?![-_ ]?(?:20)?image)|linkedin|pinterest|instagram|youtube|\brss\b|e-?mail|arrows?(?![a-z])|\bbtn\b|(?<![a-z])btn_|qr-?code|"
    r"(?<![a-z])(?:check(?:mark)?|tick|cross|stars?|bullet)[-_\d]*(?:px)?\.(?:svg|png|gif|php)|"  # a table's check marks, a forum's rank stars
    r"(?<![a-z])(?:ajax-?loader|spinner|throbber|loading)[-_\w]*\.(?:gif|svg|png)|[-_]loader\.(?:gif|svg)|"  # a script's spinner: "nbc-ajax-loader.gif"
    # a rating's stars, a lightbox's magnifier, a toggle's plus and minus, a comment bubble: "rating_on.gif", "lightbox_lupe.png"
    r"(?<![a-z])(?:rating|lupe|zoom|magnifier|plus|minus|expand|collapse|comments?)[-_\w]*\.(?:gif|svg|png)|"
    r"(?<![a-z])(?:smil(?:ies|eys?|es)|emoticons?)(?![a-z])|"  # a forum's smilies: "/itest/smilies/default/default16.gif"
    r"(?<![a-z])reactions?(?:[-_]+(?:image|icon|emoji|picker|button)|_[A-Za-z0-9]{5}\b)|"  # a reactions picker's faces (Cointelegraph's "reaction-image_Fy8CR")
    # a button back to the top, an arrow by its short name ("backToTop.png", portalspozywczy's "ar-up.svg"), the icons of mail, print and trackback
    r"(?<![a-z])(?:back[-_]?to[-_]?top|scroll[-_]?(?:to[-_]?)?top)(?![a-z])|(?<![a-z])(?:ar|arr|chevron|caret)[-_](?:up|down|left|right|prev|next)(?![a-z])|"
    r"(?<![a-z])(?:mail|impresora|imprimir|drucken|trackback)\.(?:svg|png|gif)",
    re.IGNORECASE,
)


# Words one of which every match of ICONISH holds: a search for them alone, in the case-folded text, is ten times
# faster than ICONISH with its look-arounds, and most images' classes and addresses hold none of them.
_ICONISH_WORDS = lazy(
    r"icon|logo|avatar|emoji|sprite|pixel|spacer|badge|tracking|1x1|share|social|print|flag|button|twitter|facebook|"
    r"whatsapp|linkedin|pinterest|instagram|youtube|rss|mail|arrow|btn|qr|check|tick|cross|star|bullet|loader|spinner|throbber|loading|"
    r"rating|lupe|zoom|magnifier|plus|minus|expand|collapse|comment|smil|emoticon|reaction|top|ar-|ar_|arr|chevron|caret|impresora|imprimir|drucken|trackback"
)


def _brand(alt: str, src: str, site: str) -> bool:
    """An image whose alt is the site's name (og:site_name), or a drawing (SVG) whose alt starts with it: a logo, a badge of the brand."""
    said = " ".join(alt.casefold().split())
    return bool(said) and (said == site or said.startswith(site + " ") and src.split("?")[0].lower().endswith(".svg"))


# The alt of a button's picture that says what it does to the article or page: "Envoyer l'article par mail", "Print this page",
# "Share this article", "Artikel drucken", "Seite versenden", "Imprimir la noticia".
_ACTION_ALT = lazy(
    r"\s*(?:(?:envoyer|imprimer|partager|share|print|send|e-?mail|drucken|teilen|versenden|compartir|imprimir|enviar|condividi|stampa|invia)"
    r"\s+(?:(?:l['’]|la\s+|le\s+|this\s+|the\s+|den\s+|die\s+|das\s+|el\s+|questo\s+|quest['’])?(?:article|artikel|beitrag|"
    r"artículo|noticia|nota|articolo|page|seite|página|pagina|story|post)|par\s+(?:e-?)?mail|by\s+e-?mail|per\s+e-?mail|por\s+(?:e-?)?mail)"
    r"|(?:artikel|beitrag|seite)\s+(?:drucken|teilen|versenden|empfehlen))\b",
    re.IGNORECASE,
)


# A file that shows nothing, for a style sheet to draw an icon over or to hold a place: "/fa/empty.gif", "blank.gif", "spacer.png",
# CNN's "1px.gif".
_BLANK_FILE = lazy(r"(?:^|/)(?:[a-z]{1,6}[-_])?(?:empty|blank|spacer|transparent|clear|pixel|1x1|1px)(?:[-_]?(?:pixel|gif|img|image))?\.(?:gif|png)(?:$|\?)",
                   re.IGNORECASE)


# An ad server's or a counter's address: its first label says so ("ads.adfox.ru", "ad.example.com", "pagead2.…"), or the network's
# domain does ("…doubleclick.net", "…scorecardresearch.com"); what it serves is an ad's picture or a counting pixel, no photo.
_AD_SERVER = lazy(
    r"^(?:https?:)?//(?:(?:ads?\d*|adserver|adserv|adtech|pagead\d*|banners?)\.[\w-]+\.[\w.-]|(?:[\w-]+\.)*(?:doubleclick\.net|googlesyndication\.com|adfox\.ru|"
    r"adnxs\.com|adform\.net|smartadserver\.com|criteo\.(?:com|net)|openx\.net|pubmatic\.com|rubiconproject\.com|yieldlab\.net|adition\.com|"
    r"amazon-adsystem\.com|moatads\.com|scorecardresearch\.com|quantserve\.com|ioam\.de|gemius\.pl|tns-counter\.ru|"
    r"counter\.yadro\.ru|mc\.yandex\.ru|top-fwz1\.mail\.ru|google-analytics\.com)(?:[:/?]|$))",
    re.IGNORECASE,
)


_TO_TOP = lazy(r"#(?:top|page-?top|to-?top|back-?to-?top)$", re.IGNORECASE)


def _holder_classes(el: etree._Element) -> str:
    """The classes of the image's link or box (two levels up) that say it holds a logo or is a button: a provider's logo under
    the text (au Webポータル's <p class="article__service-logo"><img src="…_340x80.png">), a control's picture (ma.hu's
    <div class="button fontsize">)."""
    said = []
    for a in itertools.islice(boxes_around(el), 2):
        for token in (a.get("class") or "").split():
            if _HOLDER_TOKEN.search(token):
                said.append(token)
    return " ".join(said)


# "article__service-logo", "partner-logo", "button", "share-button" (not WordPress's "gallery-icon")
_HOLDER_TOKEN = lazy(r"(?:^|[-_])(?:logos?|button)$", re.IGNORECASE)


def iconish(text: str) -> bool:
    """Whether an image's class and address say it is an icon, a logo, a pixel, a button."""
    return _ICONISH_WORDS.search(text.casefold()) is not None and ICONISH.search(text) is not None


def named_address(src: str) -> str:
    """The parts of an image's address that name it, for ``iconish``: its last 80 characters, and the path's when a query
    follows it. A resizer's options and a cache's hash can fill the last 80 characters and hold the file's name out of
    them: "…/verivox-ngg-info-icon-1451-0-0.png?updated=1510328692&h=193&w=161&la=de-DE&hash=CD402FA5E3DF4D38CC3F…"."""
    path = src.partition("?")[0].partition("#")[0]
    return src[-80:] if len(path) == len(src) else f"{path[-80:]} {src[-80:]}"


_IMAGE_FILE = lazy(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:$|\?)", re.IGNORECASE)


def article_images(page: Page, options: dict, empty_alt: bool = False) -> list[etree._Element]:
    """Editorial images in the article: not icons, logos, avatars, author photos, pixels, small images or a carousel's copies of its slides; with
    ``empty_alt``, also those marked decorative with alt="" (the model keeps them when captioned)."""
    key = "article_images:" + repr(sorted((k, str(v)) for k, v in options.items() if k in ("image-selector", "exclude-selector", "min-size")))
    key += ":empty-alt" if empty_alt else ""

    def find(p: Page):
        lead = None
        if options.get("image-selector"):
            found = set(select(p.root, options["image-selector"]))
            candidates = [el for el in images(p) if el in found]
        else:
            root = content_root(p)
            if root is None:
                return []
            inside = set(root.iter(*IMAGE_TAGS))
            candidates = [el for el in images(p) if el in inside and not _boxed(p, el, root)]
            rendered = set(images(p))
            # A figure whose photo stands only in <noscript>, for the script to load (Die Zeit, The Telegraph): that is its photo.
            # (the <noscript> inside the figure: not a gallery's whole copy for browsers without scripts, figures and all)
            unscripted = [el for el in p.images if el in p.inert and el in inside and (fig := figure_of(p, el)) is not None
                          and any(a.tag == "noscript" for a in takewhile(lambda a: a is not fig, el.iterancestors()))
                          and not any(i in rendered for i in fig.iter(*IMAGE_TAGS)) and not _boxed(p, el, root)]
            if unscripted:
                candidates = p.in_order([*candidates, *unscripted])
            lead = lead_image(p)
            if lead is not None and lead not in inside:
                candidates = p.in_order([lead, *candidates])  # the lead photo above the article's element (a hero, a featured image)
        excluded = set(select(p.root, options["exclude-selector"])) if options.get("exclude-selector") else set()
        site = p.meta_said("og:site_name").casefold()
        out = []
        shown: dict[tuple[etree._Element, str], int] = {}  # (figure, image key) → where in out
        near: dict[tuple[str, str | None], tuple[int, etree._Element]] = {}  # (address, alt) → the last such image, and where it stands
        copies: set[tuple[str, str | None]] = set()  # (address without its sizes, alt) of the images kept
        for el in candidates:
            if el in excluded or decorative(el) or el.get("alt") == "" and not empty_alt:
                continue
            src = image_src(el)
            if src.startswith("data:") and len(src) < 200:
                continue  # a pixel with nothing behind it (an ad's or a counter's slot), not a photo
            if _AD_SERVER.match(src):
                continue  # an ad's picture or a counter's pixel (Gazeta.ru's <img src="http://ads.adfox.ru/224316/getCode?p1=…"> in the text)
            if _BLANK_FILE.search(src) and noscript_twin(el) is None or _TO_TOP.match(_link_of(el)):
                # a blank file and no address of a photo behind it: a style sheet's sprite drawn over it ("empty.gif" alt="Anmelden");
                # the button back to the top of the page (a forum's <a href="#top"><img alt="Nach oben"></a>)
                continue
            if not src and ((figure := figure_of(p, el)) is None or not el.get("alt") and not visible_text(figure)):
                # no address anywhere and no figure: a player's error screen, an ad's empty slot, the copy a script fills of a photo beside
                # it; nor, in a figure, alt or caption: a lightbox's stage for the photo it opens (<figure class="photo-viewer"><img src="">)
                continue
            if _ACTION_ALT.match(el.get("alt") or ""):
                continue  # a button's picture, by what its alt says it does: regards.fr's "envoyer l'article par mail" on a "sobre.gif"
            if not el.get("alt") and placeholder_src(src) and _stands_in(p, el):
                # a script's stand-in, with no alt, beside the photo it waits for: the BBC's <img src="/bbcx/grey-placeholder.png"
                # aria-label="image unavailable"> before the image
                continue
            if (link := _link_around(el)) is not None and link.get("href") is None and link.get("onclick") and not _captioned_figure(p, el):
                continue  # in a link that only runs a script, a control's picture: gmw.cn's mood vote, <a onclick="getMotions(1);"><img src="…/m1.gif">
            if site and _brand(el.get("alt") or "", src, site):
                continue  # the site's logo or a badge of its brand: topagrar's <img src="/img/topplus.svg" alt="top agrar plus">
            if iconish((el.get("class") or "") + " " + named_address(src) + " " + _holder_classes(el)) and not (_described_file(src) and _captioned_figure(p, el)):
                # (a captioned figure's one image, its file named in many words, is a photo: "mark-zuckerberg-facebook-home.jpg",
                # "winterradfahren-tv-thermen-vulkanland-pixelmakerat.jpg"; "playicon.png" and "share_icon.png" are icons)
                continue
            if _small(el, options["min-size"]) or el is not lead and _teaser_link(p, el) and not (_IMAGE_PAGE.search(_link_of(el)) and _captioned_image(el)):
                continue
            if el is not lead and _list_card(p, el):
                continue
            if _author_photo(el) or _carousel_clone(el) or _in_playlist(el):
                continue
            figure = figure_of(p, el)
            again = (src, el.get("alt"))
            if figure is None and again in near and not placeholder_src(src) and p.order[el] - near[again][0] <= 40 \
                    and _caption_said(p, el) == _caption_said(p, near[again][1]):
                continue  # the same photo, captioned the same, right after, for another screen: CNET Japan's "-sp" copy, CNN's end slate
            near[again] = (p.order[el], el)
            key = (figure, image_key(src)) if figure is not None else None
            if key is not None and key[1] and key in shown:
                out[shown[key]] = el  # the same photo again in its figure: Medium's blurred preview, then the image itself
                continue
            if figure is None and out and _cut_for_another_screen(el, out[-1]):
                continue
            copy = (_SIZES_IN_PATH.sub("#", src.split("?")[0].split("#")[0]), el.get("alt"))
            if copy[1] and _IMAGE_FILE.search(copy[0]) and copy in copies and in_viewer(el):
                # the same photo again, perhaps in other sizes, with the same alt, in a gallery's lightbox or its thumbnails
                # (LRT's "749523-777553-756x425.jpg", then "-1287x836.jpg" and "-150x84.jpg"); a copy in the text is the text's
                continue
            copies.add(copy)
            if key is not None:
                shown[key] = len(out)
            out.append(el)
        return out

    return page.memo(key, find)


def _cut_for_another_screen(el: etree._Element, kept: etree._Element) -> bool:
    """Whether an image is the one kept just before it again, cut to another shape for another screen: among its siblings
    right before it, nothing written between, the same photo by its file name with the same alt (bike-magazin.de's
    <img class="ratio-16-9">, "ratio-4-3", "ratio-3-4" and "ratio-1-1" of one photo, of which a style sheet shows one)."""
    key = image_key(image_src(el))
    if not key:
        return False
    before = el.getprevious()
    while before is not None:
        if before.tag not in IMAGE_TAGS or (before.tail or "").strip() or before.get("alt") != el.get("alt") \
                or image_key(image_src(before)) != key:
            return False
        if before is kept:
            return True
        before = before.getprevious()
    return False


def _stands_in(page: Page, el: etree._Element) -> bool:
    """Whether a placeholder image has the photo it stands in for beside it, in its box or its figure."""
    for holder in (el.getparent(), figure_of(page, el)):
        if holder is not None and any(img is not el and not placeholder_src(image_src(img)) for img in islice(holder.iter(*IMAGE_TAGS), 4)):
            return True
    return False


# Sizes written into an image's address ("-1287x836", "/crop-360x240/", "2400x1600"): copies of one photo differ only by them.
_SIZES_IN_PATH = lazy(r"\d{2,4}x\d{2,4}")


def _described_file(src: str) -> bool:
    """Whether an image's file name says what it shows in four words or more ("the-only-five-email-folders.jpg")."""
    stem = unquote(src.split("?")[0].rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    return len([w for w in re.split(r"[-_\s.]+", stem) if w]) >= 4


def _captioned_figure(page: Page, el: etree._Element) -> bool:
    """Whether an image is the only one of a figure with a caption that says something (a figure's zoom button or the
    site's logo beside the photo stay icons)."""
    figure = figure_of(page, el)
    return (figure is not None and next(islice((i for i in figure.iter(*IMAGE_TAGS) if i not in page.inert), 1, None), None) is None
            and any(visible_text(c) for c in figure.iter("figcaption")))


def _caption_said(page: Page, el: etree._Element) -> str | None:
    """The words of the caption an image has outside a figure, if any."""
    found = loose_caption(el, page)
    return visible_text(found[1]) if found is not None else None


# The copies an endless carousel sets before its first slide and after its last (Slick, Swiper, Owl, bxSlider, Glide, Splide).
_CLONE_CLASSES = frozenset(("slick-cloned", "swiper-slide-duplicate", "cloned", "bx-clone", "glide__slide--clone", "splide__slide--clone"))


def _in_playlist(el: etree._Element) -> bool:
    """An image in a video player's playlist, within eight levels: the thumbnails of the other videos it plays next
    (CNN's "video-playlist__items-container" beside the story's video), not the article's photos."""
    return classed_box(el, _PLAYLIST, 8)


# (a video player's list, or its items: not a podcast page's own episode that a button adds to the listener's list, arteradio's
# "player-playlist-element")
_PLAYLIST = lazy(r"(?:^|[\s_-])(?:video|jw|vjs)[-_]?playlist|playlist(?:__|-)items?(?:$|[\s_-])", re.IGNORECASE)


def _carousel_clone(el: etree._Element) -> bool:
    """A copy of a slide that a carousel script made so that it loops: the photo is the article's once, in its own slide."""
    return any(not _CLONE_CLASSES.isdisjoint((a.get("class") or "").split()) for a in islice(boxes_around(el), 6))


# The byline's or the author's box: CBS Sports' "author-bio-box", "article-author", a "headshot".
_AUTHOR_BOX = lazy(r"(?:^|[\s_-])(?:author|authors|byline|headshot|mugshot|avatar|contributor)(?:$|[\s_-])", re.IGNORECASE)


def _author_photo(el: etree._Element) -> bool:
    """The author's picture: inside a link to the author (rel=author), an element marked as the author or typed
    as a Person (microdata), or a box whose class says author or byline, within four levels."""
    for a in islice(boxes_around(el), 4):
        if a.tag in ("article", "main", "body", "section"):
            return False  # WordPress marks the whole post "author-jdoe"
        if (a.get("itemtype") or "").rstrip("/").endswith("schema.org/Person"):
            return True  # a person's card (CHIP's editor box: <figure itemtype="http://schema.org/Person"> with the name)
        if a.tag == "figure" and a.find("figcaption") is not None:
            return False  # a captioned figure is the article's, whoever it shows
        if (a.get("itemprop") or "") in ("author", "creator") or "author" in (a.get("rel") or "").split():
            return True
        if _AUTHOR_BOX.search(a.get("class") or ""):
            return True
    return False


def _captioned_image(el: etree._Element) -> bool:
    """Whether a linked image has a caption of its own beside it, not a teaser's linked title (CNN's
    "media__caption" that links to the other story, its address under /media/)."""
    found = loose_caption(el)
    if found is None:
        return False
    said = len(visible_text(found[1]).replace(" ", ""))
    linked = sum(len(visible_text(a).replace(" ", "")) for a in found[1].iter("a"))
    return linked < said * 0.8


def _boxed(page: Page, el: etree._Element, root: etree._Element) -> bool:
    """Inside an aside, nav, footer, teaser or related box within the article, or inside a control
    (answers kept per element, so the images of a deeply nested page cost one walk)."""
    def decide(a: etree._Element) -> bool | None:
        if a is root:
            return False
        if a.tag == "aside" and _figure_aside(a):
            return None  # an aside that only sets a captioned figure beside the text (Politico's "story-enhancement")
        if a.tag in ("aside", "nav", "footer", "button", "label") or (a.get("role") or "") in ("complementary", "navigation") or is_navigation(a):
            return True  # boxes within the article, a menu (by its class: couchstyle's "navigation flyout-mobile-right"), a control's picture
        if (names_box(a) or titled_other_stories(a)) and not _holds_the_text(page, a, root) and not _LEAD_MEDIA.search(a.get("class") or ""):
            # a teaser, related-articles or comments box within the article, by its class or its heading ("Lesen Sie auch"; not
            # the box of the article's lead media, FOCUS's "mediaBlock ps-sidebar headmedia", which its layout names a sidebar)
            return True
        if a.tag == "article" and root.tag != "article" and len(squash_text(a)) < 500:
            return True  # a story's card in the headline's column, which stands in no <article> of its own (Clarín)
        return None

    return page.walk_up(el.getparent(), f"boxed-in:{id(root)}", decide)


# The class of the box of the article's own lead photo or video.
_LEAD_MEDIA = lazy(r"(?:^|[\s_-])(?:head|lead|hero|top)[-_]?(?:media|image|img|photo|picture)(?:$|[\s_-])", re.IGNORECASE)


def _figure_aside(aside: etree._Element) -> bool:
    """An aside that holds one captioned figure and nothing else: no link or heading outside it, no words of its own; or,
    without <figure>, one image and the element classed as its caption (The Nation's <aside class="image"><img>
    <p class="caption">…</p></aside>)."""
    figures = [f for f in aside.iter("figure") if not any(a.tag == "figure" for a in takewhile(lambda a: a is not aside, f.iterancestors()))]
    if not figures and len(list(aside.iter("img"))) == 1:
        captions = [el for el in aside.iter() if CAPTION_CLASS.search(el.get("class") or "") and visible_text(el)]
        return bool(captions) and not any(el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or el.tag == "a" and next(el.iter("img"), None) is None
                                          for el in aside.iter()) and visible_text(aside) == visible_text(captions[0])
    if len(figures) != 1 or not any(visible_text(c) for c in figures[0].iter("figcaption")):
        return False
    inside = set(figures[0].iter())
    outside = [el for el in aside.iter() if el not in inside and el is not aside]
    return not any(el.tag in ("a", "h1", "h2", "h3", "h4", "h5", "h6") for el in outside) and visible_text(aside) == visible_text(figures[0])


def _holds_the_text(page: Page, box: etree._Element, root: etree._Element) -> bool:
    """Whether a "box" holds most of the article's paragraphs: Vox's layout "l-sidebar-fixed" is the
    article's column beside a sidebar, not the sidebar."""
    paragraphs = page.memo(f"paragraphs-in:{id(root)}", lambda p: root.xpath("count(.//p)"))
    return paragraphs >= 3 and box.xpath("count(.//p)") >= 0.75 * paragraphs


# A link to a page that shows the image larger or in a gallery: an image of the article, when a caption stands beside it
# (the Bundesrat's "SharedDocs/bilder/…/galerien/…", Wikipedia's "/wiki/File:…", a CMS's "Media.svc/GetMedia/…").
_IMAGE_PAGE = lazy(
    r"(?:^|[/_.=-])(?:bilder?|images?|photos?|fotos?|media|galler(?:y|ies)|galerien?|galleria|fotostrecken?|bilderstrecken?|"
    r"lightbox|slideshows?|diashows?|zoom|g-\d+)(?:$|[/_.?=-])|/(?:file|datei|fichier|archivo):",
    re.IGNORECASE,
)


def _link_around(el: etree._Element) -> etree._Element | None:
    """The nearest <a> around an image, within three levels."""
    return next((a for a in islice(boxes_around(el), 3) if a.tag == "a"), None)


def _link_of(el: etree._Element) -> str:
    a = next((a for a in el.iterancestors("a") if a.get("href")), None)
    return a.get("href").strip() if a is not None else ""


def _teaser_link(page: Page, el: etree._Element) -> bool:
    """Inside a link to another page (not to the full-size image, nor to this page itself): a teaser. (Answers
    kept per element: the images of a deeply nested page cost one walk.)"""
    def decide(a: etree._Element) -> bool | None:
        if a.tag == "a" and a.get("href"):
            href = a.get("href").strip()
            if href.startswith("#") or href.lower().startswith("javascript:"):
                return False  # opens a lightbox on this page
            # (a link to this page that says which box it was clicked in, "?ref=principais-manchetes", is a list of stories' card too)
            return not _IMAGE_FILE.search(href) and not (links_to_itself(page, href) and not _card_link(a, href) and not _BOX_REF.search(href)) \
                and not _extends_own_address(page, href)
        if a.tag in ("article", "main"):
            return False
        return None

    return page.walk_up(el.getparent(), "teaser-link", decide)


def _list_card(page: Page, el: etree._Element) -> bool:
    """An image in a list item that links, beside it, to another story by its title: a list of stories' card
    (<li class="streamshort"><div><img></div><span><a href="/zuzel/903465/…">Żużel. Typer WP …</a></span></li>), not a
    gallery's item nor a paragraph of the text that happens to stand in a list."""
    item = None
    for a in islice(boxes_around(el), 5):
        if a.tag in ("figure", "article", "main", "body"):
            break
        if a.tag == "li":
            item = a
            break
    if item is None:
        return _heading_card(page, el)
    if next(islice(item.iter(), 60, None), None) is not None:
        return False  # (a list item of sixty elements and more is a box of its own, not a card)
    holding = set(el.iterancestors())
    for link in item.iter("a"):
        href = (link.get("href") or "").strip()
        if link in holding or not href or href.startswith("#") or href.lower().startswith("javascript:") or _IMAGE_FILE.search(href):
            continue
        if len((visible_text(link) or link.get("title") or "").split()) >= 3 and not links_to_itself(page, href):
            return not any(len(visible_text(q).split()) >= 30 for q in item.iter("p"))
    return False


def _heading_card(page: Page, el: etree._Element) -> bool:
    """An image in a small box beside a heading that links to another story: a story's card outside a list
    (Clarín's <div class="content-new"><div class="mg"><picture><img></picture></div><div class="mt"><a href="/politica/…">
    <h2>…</h2></a></div></div>)."""
    holding = set(el.iterancestors())
    for box in islice(boxes_around(el), 4):
        if box.tag in ("figure", "article", "main", "body") or next(islice(box.iter(), 40, None), None) is not None:
            return False
        for heading in box.iter("h2", "h3", "h4", "h5", "h6"):  # (jungle.world's Drupal cards title the story in an h5)
            if HIDDEN_CLASS.search(heading.get("class") or "") or FILE_NAME.search(visible_text(heading)):
                continue  # Drupal's media element names its file in a hidden heading: the image's own page
            link = next(heading.iter("a"), None)
            if link is None:
                link = next((a for a in heading.iterancestors() if a.tag == "a"), None)
                if link is None or box not in link.iterancestors():
                    continue  # (a link around the heading, within the box)
            href = (link.get("href") or "").strip()
            if link in holding or not href or href.startswith("#") or href.lower().startswith("javascript:") or _IMAGE_FILE.search(href):
                continue
            if not links_to_itself(page, href) and not any(len(visible_text(q).split()) >= 30 for q in box.iter("p")):
                return True
    return False


def links_to_itself(page: Page, href: str) -> bool:
    """Whether a link leads to the page it stands on (a theme that links the post's own image to the post's address)."""
    own = page.address
    if not own:
        return False
    try:
        return _same_address(urljoin(own, href), own)
    except ValueError:
        return False


def _extends_own_address(page: Page, href: str) -> bool:
    """Whether a link leads to a view of this very page: its address and more after a separator (the Nachrichten and
    Die Tagespost's photo view "…/artikel;art114,3177663,B::pic344,2280168" of "…/artikel;art114,3177663")."""
    own = page.address
    if not own:
        return False
    own = own.split("#")[0].split("?")[0]
    try:
        target = urljoin(own, href).split("#")[0]
    except ValueError:
        return False
    # (not "?ref=…", a box's card, nor "/actions", another page under this one)
    return len(target) > len(own) and target.startswith(own) and target[len(own)] in ",;"


_BOX_REF = lazy(r"[?&](?:ref|utm_\w+|src|from|source|itm_\w+|intcmp|cmpid)=[^&#]", re.IGNORECASE)


def _card_link(link: etree._Element, href: str) -> bool:
    """Whether another link beside the image's, within three levels, leads to the same page: a card that shows a story
    with its title (a box of recommended stories that shows this one too), not the article's own image."""
    target = _plain_address(href)
    if target is None:
        return False
    box = link
    for _ in range(3):
        box = box.getparent()
        if box is None or box.tag in ("article", "main", "body"):
            return False
        for other in islice(box.iter("a"), 50):  # (a card has a few links; a box of hundreds is no card, and reading it for each image is quadratic)
            if other is not link and (other.get("href") or "").strip() and _plain_address((other.get("href") or "").strip()) == target:
                return True
    return False


def _plain_address(href: str) -> str | None:
    """The address without its query and fragment; None when it does not parse ("https://[::1")."""
    try:
        return urlsplit(href)._replace(query="", fragment="").geturl()
    except ValueError:
        return None


def _same_address(a: str, b: str) -> bool:
    def plain(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        return (parts.hostname or "").removeprefix("www."), parts.path.rstrip("/")
    return plain(a) == plain(b)


_LEAD_METAS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")


def lead_image(page: Page) -> etree._Element | None:
    """The photo the page's metadata names as its image (og:image, twitter:image, the article's JSON-LD image), where the
    page shows it outside navigation, asides, teasers and other stories: the article's lead photo, wherever the template
    puts it (WordPress's featured image and Vox's hero above the <article>, often with alt="")."""
    def find(p: Page):
        from ..structured import main_article

        keys = set()
        for name in _LEAD_METAS:
            keys.add(image_key(p.meta_said(name)))
        found = main_article(p)
        if found is not None:
            keys.update(image_key(url) for url in _urls(found[1].get("image")))
        keys.discard("")
        if not keys:
            return None
        body = p.root.find("body")
        if body is None:
            return None
        root = content_root(p)
        near: etree._Element | None = None  # the first that matches by a suffix only, when none matches exactly
        for el in images(p):
            names = {image_src(el), el.get("src") or "", el.get("data-src") or ""}
            for attr in ("srcset", "data-srcset"):
                names.update(part.split()[0] for part in (el.get(attr) or "").split(",") if part.split())
            said = unquote(" ".join(names)).lower()
            if not any(key[:8] in said for key in keys):
                continue  # (the cheap test first: every key that names this image, or one a suffix lengthened, starts so)
            shown = {image_key(n) for n in names}
            exact = bool(shown & keys)
            if not exact and (near is not None or not any(_same_image(key, lead) for key in shown for lead in keys)):
                continue
            inside = root is not None and root in set(el.iterancestors())
            scope = root if inside else body
            link = _link_of(el)
            if decorative(el) or _boxed(p, el, scope) or _author_photo(el) or link and not (
                    link.startswith("#") or _IMAGE_FILE.search(link) or _IMAGE_PAGE.search(link) or links_to_itself(p, link)):
                continue  # (a link to the page itself is no teaser here, even beside the linked title: the post's own cover)
            if root is not None and not inside and (
                    p.order[el] > p.order[root] or any(a.tag in ("article", "li") for a in el.iterancestors())):
                continue  # outside the article, only a photo above it: not this story's card in a list of stories, nor one below it
            if iconish((el.get("class") or "") + " " + named_address(image_src(el))) or _small(el, 100):
                continue
            if exact:
                return el
            near = el
        return near

    return page.memo("lead-image", find)


def _same_image(a: str, b: str) -> bool:
    """Whether two image keys name one image: the same, or one with a suffix an image service adds to the other's
    ("junior_201_1-1_k0mek0" from Cloudinary, "business-focus-strategy-oaqhevqivwzz…" from an optimizing plugin)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 8 and len(long) > len(short) and long.startswith(short) and long[len(short)] in "-_"


def _urls(value) -> list[str]:
    """The addresses a JSON-LD image property gives: a URL, an ImageObject, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return [url] if isinstance(url, str) else []
    if isinstance(value, list):
        return [u for v in value[:10] for u in _urls(v)]
    return []


def _small(el: etree._Element, minimum: int) -> bool:
    """Whether the image's width or height attribute is below minimum pixels (a 0 beside a large size is unknown,
    not small). AMP's responsive layout takes its size from the page: width and height as small as width="16"
    height="9" give only the aspect ratio (but a thumbnail's width="135" height="75" are its pixels); a fixed
    height sets the height alone."""
    layout = (el.get("layout") or "").lower()
    if layout in ("responsive", "fill", "flex-item"):
        sizes = [(el.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")]
        if all(v.isdigit() and int(v) <= 32 for v in sizes):
            return False
    given = {attr: (el.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")}
    for attr in ("width", "height") if layout != "fixed-height" else ("height",):
        value = given[attr]
        other = given["height" if attr == "width" else "width"]
        if value == "0" and other.isdigit() and int(other) >= minimum:
            continue  # a size the template left unknown beside a large one (Arc's resizer: width="1440" height="0")
        if value.isdigit() and int(value) < minimum:
            return True
    return False

"""EMB001: embedded frames have a title that says what they hold."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import page


def findings(body: str):
    return lint_string(page(f"<main>\n{body}\n</main>"), select=["EMB001"])


def test_a_video_embed_without_a_title():
    [found] = findings('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>')
    assert (found.code, found.line, found.column) == ("EMB001", 6, 1)
    assert found.message == ("iframe from www.youtube.com has no title; screen readers announce it as “frame”: add a title "
                             "that says what it holds")


@pytest.mark.parametrize(
    ("frame", "what"),
    [
        ('<iframe data-original="https://www.youtube.com/embed/x" frameborder="0"></iframe>', "iframe from www.youtube.com"),
        ('<iframe data-src="//datawrapper.dwcdn.net/cw7t6"></iframe>', "iframe from datawrapper.dwcdn.net"),
        ('<iframe src="" allowfullscreen></iframe>', "iframe"),
        ('<iframe src="/multimedia/audio/player.html"></iframe>', "iframe"),
        ('<iframe src="https://[broken/x"></iframe>', "iframe"),
        ('<iframe src="https://player.vimeo.com/video/1" title=" "></iframe>', "iframe from player.vimeo.com"),
        ('<iframe src="https://x.example/a" aria-labelledby="nowhere"></iframe>', "iframe from x.example"),
        ('<iframe src="https://x.example/a" tabindex="0"></iframe>', "iframe from x.example"),
        # role="none" on a frame the Tab key stops on is ignored (the role conflict): it is no decoration
        ('<iframe src="https://x.example/a" role="none" tabindex="0"></iframe>', "iframe from x.example"),
    ],
)
def test_frames_without_a_name(frame, what):
    [found] = findings(frame)
    assert found.message.startswith(f"{what} has no title;")


@pytest.mark.parametrize("title", ["iframe", "Embedded Frame", "embed", "Untitled", "undefined", "null", "-"])
def test_a_title_that_names_nothing(title):
    [found] = findings(f'<iframe src="https://playlist.megaphone.fm/?e=1" title="{title}"></iframe>')
    assert found.message == (f"iframe from playlist.megaphone.fm is titled “{title}”, which says nothing of what it holds; "
                             "say what it holds (“Video: …”, “Chart: …”)")


@pytest.mark.parametrize(
    "frame",
    [
        '<iframe src="https://www.youtube.com/embed/x" title="Video: Aleppo after the ceasefire"></iframe>',
        '<iframe src="https://www.youtube.com/embed/x" aria-label="Video: Aleppo"></iframe>',
        '<h2 id="v">Aleppo after the ceasefire</h2><iframe src="https://www.youtube.com/embed/x" aria-labelledby="v"></iframe>',
        '<iframe src="https://ads.example/frame" hidden></iframe>',
        '<iframe src="https://ads.example/frame" style="display:none"></iframe>',
        '<div aria-hidden="true"><iframe src="https://ads.example/frame"></iframe></div>',
        '<iframe src="https://ads.example/frame" tabindex="-1"></iframe>',  # out of the tab order, as axe-core leaves it
        # marked decorative: inapplicable in W3C ACT rule cae760, passed by axe-core's presentational-role check
        '<iframe src="https://ads.example/frame" role="none"></iframe>',
        '<iframe src="https://ads.example/frame" role="presentation"></iframe>',
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0"></iframe></noscript>',
        '<template><iframe src="https://www.youtube.com/embed/x"></iframe></template>',
    ],
)
def test_named_or_unreachable_frames(frame):
    assert findings(frame) == []

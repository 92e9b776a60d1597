"""Start-up does only what the run needs: patterns compile on first use (and behave as compiled
patterns; every built-in one compiles), the regex module loads only for a user's pattern, and
rfc3986-validator only for a contract that checks a uri."""

import ast
import copy
import importlib
import json
import pickle
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import artlint
from artlint import lazyre, patterns
from artlint.lazyre import MADE, lazy
from artlint.figures.credit_text import CREDIT_PREFIX

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.html"


def test_every_builtin_pattern_compiles():
    for module in pkgutil.walk_packages(artlint.__path__, "artlint."):
        if module.name != "artlint.__main__":  # runs the command
            importlib.import_module(module.name)
    assert len(MADE) > 100
    for pattern in MADE:
        assert pattern.flags == re.compile(pattern.pattern, pattern._flags).flags, pattern.pattern


def test_no_module_compiles_a_pattern_at_import():
    """Module-level patterns are made with lazy(): one re.compile at import costs every run its compiling."""
    found = []
    for path in sorted(Path(artlint.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_functions = {id(node) for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                        for node in ast.walk(fn)}
        found += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                  and isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex") and id(node) not in in_functions]
    assert found == [], "use artlint.lazyre.lazy() for these module-level patterns"


def test_matches_as_the_compiled_pattern():
    lazy_one, compiled = lazy(r"(?P<word>\w+)-(\d)", re.IGNORECASE), re.compile(r"(?P<word>\w+)-(\d)", re.IGNORECASE)
    text = "a-1 B-2 c"
    assert lazy_one.search(text).group("word") == compiled.search(text).group("word")
    assert lazy_one.findall(text) == compiled.findall(text)
    assert lazy_one.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert lazy_one.groupindex == compiled.groupindex and lazy_one.groups == 2
    assert lazy_one.fullmatch("x-9") and not lazy_one.match(" x-9")


def test_compiles_on_first_use_only():
    broken = lazy(r"(unclosed")  # no error yet: nothing has used it
    MADE.remove(broken)
    with pytest.raises(re.error):
        broken.search("x")


def test_pickles_and_copies_before_and_after_use():
    pattern = lazy(r"b+")
    assert pickle.loads(pickle.dumps(pattern)).search("abba").group() == "bb"
    pattern.search("")
    assert pickle.loads(pickle.dumps(pattern)).sub("-", "abba") == "a-a"
    assert copy.deepcopy(pattern).match("bb")


def test_other_attributes_are_missing():
    with pytest.raises(AttributeError):
        lazy("x").no_such_thing


def _modules_after_lint(*args: str) -> set[str]:
    code = "import sys; from artlint.cli import run; sys.argv = ['artlint', *sys.argv[1:]]\n" \
           "try:\n    run()\nexcept SystemExit:\n    pass\nprint(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_default_run_does_not_load_the_regex_module(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    assert "regex" not in _modules_after_lint(str(page), "--no-cache", "-q")


def test_a_users_pattern_loads_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "artlint.toml").write_text('[rules.credit-format]\npattern = "^Image: .+$"\n')
    assert "regex" in _modules_after_lint(str(page), "--no-cache", "-q")


@pytest.mark.parametrize("text", [
    "Image: picture-alliance/AP Photo/H. Ammar", "Foto: dpa", "AP Photo: Jane Doe", "FILE photo: x", "Photo by Jane Doe",
    "Foto von Anna Schmidt", "foto von anna", "© Reuters", "(c) AFP", "Courtesy of the artist", "Photo courtesy of NASA", "Credit… Jane Doe",
    "Bildquelle: Pixabay", "Photos and text: x", "Copyright Getty", "Copyright: x", "Φωτ.: Eurokinissi", "Portrait by x",
    "An image: of the sea", "Picture", "The photo shows", "Credits roll",
])
def test_builtin_pattern_runs_as_the_regex_module_would(text):
    import regex

    assert CREDIT_PREFIX in patterns._BUILTIN
    ours = patterns.search(CREDIT_PREFIX, text, ignore_case=True)
    theirs = regex.compile(CREDIT_PREFIX, regex.V0 | regex.IGNORECASE).search(text)
    assert (ours and ours.span()) == (theirs and theirs.span())


def test_default_run_does_not_load_the_uri_format_checker(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    loaded = _modules_after_lint(str(page), "--no-cache", "-q")
    assert "jsonschema" in loaded
    assert "rfc3986_validator" not in loaded


def test_a_contracts_uri_formats_load_it_and_are_checked(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(EXAMPLE.read_text(encoding="utf-8").replace("https://static.dw.com/image/36660128_401.jpg", "36660128 401.jpg"))
    (tmp_path / "contract.json").write_text(json.dumps({"properties": {
        "url": {"properties": {"text": {"format": "uri"}}}, "images": {"items": {"properties": {"src": {"format": "uri"}}}}}}))
    code = "import sys; from artlint.cli import run; print(run(sys.argv[1:]), 'rfc3986_validator' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code, str(page), "--no-cache", "--select", "CON", "--contract",
                           str(tmp_path / "contract.json"), "--format", "github"], capture_output=True, text=True, check=True)
    *findings, last = done.stdout.splitlines()
    assert findings == [f"::error file={page},line=69,col=9,endLine=69,endColumn=154,title=CON001 contract-violation::$.images[0].src “36660128 401.jpg” is not "
                        "a valid uri; write an absolute address, e.g. https://www.example.com/article"]
    assert last == "1 True"


def test_a_contracts_id_is_still_checked_as_a_uri_reference(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "contract.json").write_text('{"$id": "a b", "type": "object"}')
    done = subprocess.run([sys.executable, "-m", "artlint", str(page), "--no-cache", "--contract", str(tmp_path / "contract.json")],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.strip().endswith("invalid contract schema at /$id: 'a b' is not a 'uri-reference' (schema rule /allOf/0/properties/$id/format)")


def test_a_run_the_cache_answers_loads_no_jsonschema_for_the_shipped_contract(tmp_path):
    """The shipped contract is loaded when a page first needs it; a team's is checked before any page, cache or not."""
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    code = ("import os, sys; os.chdir(sys.argv[1]); from artlint.cli import run; "
            "print(run(sys.argv[2:]), 'jsonschema' in sys.modules)")

    def lint(*args: str) -> str:
        return subprocess.run([sys.executable, "-c", code, str(tmp_path), "page.html", "-q", *args], capture_output=True, text=True,
                              check=True).stdout.split()[-2:]

    assert lint() == ["0", "True"]  # the cache is filled
    assert lint() == ["0", "False"]
    (tmp_path / "contract.json").write_text('{"$ref": "artlint:article.schema.json"}')
    assert lint("--contract", "contract.json") == ["0", "True"]
    assert lint("--contract", "contract.json") == ["0", "True"]


def test_every_import_of_jsonschema_goes_through_import_jsonschema():
    for path in sorted((Path(artlint.__file__).parent).rglob("*.py")):
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, (ast.FunctionDef, ast.Module)):
                continue
            body = list(ast.walk(function)) if isinstance(function, ast.FunctionDef) else function.body
            imports = [node.lineno for node in body if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "jsonschema" for a in node.names)
                       or isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "jsonschema"]
            calls = [node.lineno for node in body if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "import_jsonschema"]
            if path.name == "schemas.py" and getattr(function, "name", "") == "import_jsonschema":
                continue
            for line in imports:
                assert any(call < line for call in calls), f"{path.name}:{line} imports jsonschema without import_jsonschema() first"


def test_default_run_finds_rules_and_formatters_without_importlib_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    loaded = _modules_after_lint(str(page), "--no-cache", "-q", "--format", "json")
    assert "artlint.rules.headings" in loaded and "artlint.formatters.json" in loaded
    assert not {"importlib.metadata", "email"} & loaded


def test_default_run_without_fingerprints_does_not_load_hashlib(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    assert "hashlib" not in _modules_after_lint(str(page), "--no-cache", "-q")
    page.write_text('<html lang="en"><body><h1>A headline</h1><img src="a.jpg"></body></html>')  # findings to fingerprint
    assert "hashlib" in _modules_after_lint(str(page), "--no-cache", "-q", "--format", f"sarif:{tmp_path / 'out.sarif'}")


# What re compiles artlint's patterns to is kept beside its bytecode for the next run.

def _store_at(path: Path, monkeypatch):
    store = lazyre._open(path)
    monkeypatch.setattr(lazyre, "_STORE", [store])
    return store


def test_every_builtin_pattern_read_back_is_what_re_compiles(tmp_path, monkeypatch):
    for module in pkgutil.walk_packages(artlint.__path__, "artlint."):
        if module.name != "artlint.__main__":
            importlib.import_module(module.name)
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = _store_at(path, monkeypatch)
    for pattern in MADE:
        lazyre.compile(pattern.pattern, pattern._flags)
    assert len(first.programs) == len({(p.pattern, int(p._flags)) for p in MADE}) > 100
    first.save()
    second = _store_at(path, monkeypatch)
    assert second.programs == first.programs
    for pattern in MADE:
        read_back, compiled = lazyre.compile(pattern.pattern, pattern._flags), re.compile(pattern.pattern, pattern._flags)
        assert read_back is not compiled and read_back == compiled, pattern.pattern
        assert (read_back.groups, read_back.groupindex, read_back.flags) == (compiled.groups, compiled.groupindex, compiled.flags)
    assert not second.changed


_RUN_WITH_STORE = """import sys
from pathlib import Path
from artlint import lazyre
lazyre._STORE[:] = [lazyre._open(Path(sys.argv[1]))]
from artlint.cli import run
code = run(sys.argv[2:])
store = lazyre._STORE[0]
print(code, len(store.programs), store.changed)
"""


def _lint_with_store(store: Path, page: Path, **env: str) -> tuple[str, str]:
    import os

    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | env
    done = subprocess.run([sys.executable, "-c", _RUN_WITH_STORE, str(store), str(page), "--no-cache", "--format", "json"],
                          capture_output=True, text=True, env=environment, check=True)
    assert done.stderr == "No problems found in 1 page.\n"  # the summary alone: no traceback as the run ends
    *report, last = done.stdout.splitlines()
    return "\n".join(report), last


def test_a_run_keeps_its_patterns_and_the_next_run_compiles_none(tmp_path):
    page, store = tmp_path / "page.html", tmp_path / "cache" / "patterns.marshal"
    page.write_bytes(EXAMPLE.read_bytes())
    report, last = _lint_with_store(store, page)
    code, kept, changed = last.split()
    assert code == "0" and int(kept) > 50 and changed == "True"  # to be saved as the run ends
    written = store.stat().st_mtime_ns
    assert [p.name for p in store.parent.iterdir()] == ["patterns.marshal"]  # no temporary file left
    again, last = _lint_with_store(store, page)
    assert again == report
    assert last == f"0 {kept} False" and store.stat().st_mtime_ns == written  # all read back: nothing new to write


def test_nothing_is_kept_when_python_writes_no_bytecode(tmp_path):
    page, store = tmp_path / "page.html", tmp_path / "patterns.marshal"
    page.write_bytes(EXAMPLE.read_bytes())
    _, last = _lint_with_store(store, page, PYTHONDONTWRITEBYTECODE="1")
    assert last == "0 0 False" and not store.exists()


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe3", "marshal:other-python", "marshal:refused"])
def test_a_file_not_as_written_is_ignored_and_replaced(tmp_path, content):
    import marshal

    page, store = tmp_path / "page.html", tmp_path / "patterns.marshal"
    page.write_bytes(EXAMPLE.read_bytes())
    expected, _ = _lint_with_store(tmp_path / "elsewhere.marshal", page)
    header = lazyre._open(None).header
    if content == "marshal:other-python":
        content = marshal.dumps(((header[0], header[1] - 1, *header[2:]), {}))
    elif content == "marshal:refused":  # this Python's header, but programs its engine does not accept
        content = marshal.dumps((header, {(p.pattern, int(p._flags)): marshal.dumps((0, [999], 0, {}, ())) for p in MADE}))
    store.write_bytes(content)
    report, last = _lint_with_store(store, page)
    assert report == expected
    programs = lazyre._read(store, header)  # replaced by a file this Python reads
    assert programs and all(marshal.loads(program)[1] != [999] for program in programs.values())


def test_a_place_it_cannot_be_written_is_no_error(tmp_path):
    page, not_a_directory = tmp_path / "page.html", tmp_path / "file"
    page.write_bytes(EXAMPLE.read_bytes())
    not_a_directory.write_text("")  # as a read-only installation, also for root
    expected, _ = _lint_with_store(tmp_path / "elsewhere.marshal", page)
    report, last = _lint_with_store(not_a_directory / "patterns.marshal", page)
    assert report == expected and sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.marshal", "file", "page.html"]


def test_the_file_lies_beside_the_bytecode(monkeypatch):
    assert lazyre._default_path() == Path(lazyre.__file__).parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.marshal"
    monkeypatch.setattr(sys, "pycache_prefix", "/tmp/prefix")
    assert str(lazyre._default_path()).startswith("/tmp/prefix/")

"""Tests of the installed ``gbt39204`` package (run by .ci/run against a fresh venv)."""

import datetime
import doctest
import json
import pathlib
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import gbt39204

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLE_PATH = ROOT / "examples" / "data" / "sample-assessment.json"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
METADATA = {
    "organisation": "Example Grid Co.",
    "cii_name": "Dispatch system",
    "cii_identifier": "CII-0001",
    "scope": "Dispatch control",
    "assessor": "Li Wei",
    "assessment_date": "2025-06-30",
    "catalog_version": "0.2.0",
}


def test_installed_not_source_tree():
    # The tests exercise the wheel installed in the venv, not files next to them.
    assert "site-packages" in pathlib.Path(gbt39204.__file__).parts
    assert gbt39204.__version__ == "0.2.0"


def test_module_docstring_examples():
    assert doctest.testmod(gbt39204) == (0, 3)


def test_catalog_is_the_catalog_json():
    reqs = gbt39204.catalog()
    assert len(reqs) == 111
    assert [r["id"] for r in reqs[:3]] == ["6.1.a", "6.1.b", "6.1.c"]
    # 82 transcribed + 20 implied + 9 reconstructed (the catalog's provenance).
    certainty = [r["certainty"] for r in reqs]
    assert (certainty.count("transcribed"), certainty.count("implied"),
            certainty.count("reconstructed")) == (82, 20, 9)
    assert reqs == gbt39204.catalog()  # a fresh list each call, same content


def test_get_is_lenient():
    r = gbt39204.get("7.4c")
    assert r["id"] == "7.4.c"
    assert set(r["title"]) == {"zh", "en"}
    assert gbt39204.get("7.5.2 c)")["id"] == "7.5.2.c"
    assert gbt39204.get("７．４．ｃ")["id"] == "7.4.c"
    assert gbt39204.get("7.5.4")["id"] == "7.5.4"
    assert r == next(x for x in gbt39204.catalog() if x["id"] == "7.4.c")


def test_get_bad_id_raises_id_error_with_suggestion():
    with pytest.raises(gbt39204.IdError) as info:
        gbt39204.get("7.4.z")
    e = info.value
    assert isinstance(e, gbt39204.Error) and isinstance(e, ValueError)
    assert "did you mean `7.4.a`" in str(e)  # 7.4 has items a to e
    assert e.suggestion == "7.4.a"
    with pytest.raises(gbt39204.IdError) as info:
        gbt39204.get("7.5.c")  # 7.5 is divided into 7.5.1 to 7.5.4
    assert "7.5.1–7.5.4" in str(info.value)
    with pytest.raises(gbt39204.IdError) as info:
        gbt39204.get("")
    assert info.value.suggestion is None


def test_search_log_retention():
    hits = gbt39204.search("log retention")
    assert hits[0]["id"] == "7.5.4"
    assert set(hits[0]) == {"id", "score", "matched"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_spans_are_character_offsets():
    # Offsets index the Python str of the field, Chinese text included.
    for text in ("日志", "log retention"):
        hit = gbt39204.search(text)[0]
        req = gbt39204.get(hit["id"])
        spans = [s for s in hit["matched"] if s["field"] in ("title", "statement")]
        assert spans
        for s in spans:
            assert req[s["field"]][s["lang"]][s["start"]:s["end"]] == s["text"]


def test_search_lang_keeps_that_language():
    both = gbt39204.search("日志")
    zh = gbt39204.search("日志", lang="zh")
    assert [h["id"] for h in zh] == [h["id"] for h in both]
    assert all(s.get("lang") in (None, "zh") for h in zh for s in h["matched"])
    # Chinese characters match only Chinese text: nothing is left in English.
    assert gbt39204.search("日志", lang="en") == []
    en = gbt39204.search("log retention", lang="en")
    assert en[0]["id"] == "7.5.4"


def test_search_limit_is_a_page_of_the_full_result():
    for text, lang in [("供应链", None), ("security", None), ("supply chain", "en"), ("供应链", "zh")]:
        full = gbt39204.search(text, lang=lang)
        assert len(full) > 3
        for limit in (0, 1, 3, len(full) + 2):
            assert gbt39204.search(text, lang=lang, limit=limit) == full[:limit]


def test_search_errors():
    with pytest.raises(gbt39204.Error):
        gbt39204.search("   ")
    with pytest.raises(gbt39204.Error):
        gbt39204.search("x" * 10_000)
    with pytest.raises(gbt39204.Error):
        gbt39204.search("log", lang="fr")


def test_frameworks():
    ids = [f["id"] for f in gbt39204.frameworks()]
    assert ids == ["mlps-2019-l3", "nist-csf-2.0", "iso27001-2022",
                   "cii-regulation-2021", "cybersecurity-law-2016"]


def test_crosswalk_forward_reverse():
    cw = gbt39204.crosswalk("iso")
    assert cw.framework == "iso27001-2022"
    assert repr(cw) == 'gbt39204.crosswalk("iso27001-2022")'
    fwd = cw.forward("7.4c")
    assert fwd["requirement"] == "7.4.c" and fwd["framework"] == "iso27001-2022"
    assert "A.6.3" in [m["control"] for m in fwd["mappings"]]
    rev = cw.reverse("a.6.3")
    assert "7.4.c" in [m["requirement"] for m in rev["mappings"]]
    reqs = [m["requirement"] for m in rev["mappings"]]
    order = [r["id"] for r in gbt39204.catalog()]
    assert reqs == sorted(reqs, key=order.index)


def test_crosswalk_errors():
    with pytest.raises(gbt39204.IdError) as info:
        gbt39204.crosswalk("iso27001-2013")
    assert info.value.suggestion == "iso27001-2022"
    cw = gbt39204.crosswalk("iso27001-2022")
    with pytest.raises(gbt39204.IdError):
        cw.forward("7.4.z")
    with pytest.raises(gbt39204.IdError) as info:
        cw.reverse("A.5.99")
    assert "A.5.99" in str(info.value)
    with pytest.raises(gbt39204.IdError) as info:
        cw.coverage(["A.5.19", "A.5.99", "Z.1"])
    assert "/1" in str(info.value) and "/2" in str(info.value)
    with pytest.raises(gbt39204.Error) as info:
        cw.infer({"A.5.19": "maybe"})
    assert not isinstance(info.value, gbt39204.IdError)
    with pytest.raises(gbt39204.Error) as info:
        cw.infer([("A.5.19", "pass"), ("a.5.19", "fail")])
    assert not isinstance(info.value, gbt39204.IdError)


def test_crosswalk_coverage_and_infer_count_every_requirement():
    cw = gbt39204.crosswalk("iso27001-2022")
    cov = cw.coverage(["A.5.19", "A.5.20", "A.5.21"])
    assert cov["implemented"] == ["A.5.19", "A.5.20", "A.5.21"]
    assert len(cov["requirements"]) == 111
    assert sum(cov["totals"].values()) == 111
    inf = cw.infer({"A.5.19": "pass", "A.5.20": "partial"})
    assert len(inf["requirements"]) == 111
    pairs = cw.infer([("A.5.19", "pass"), ("A.5.20", "partial")])
    assert pairs == inf


def test_assess_sample_scores():
    report = gbt39204.assess(SAMPLE)
    overall = report["scores"]["overall"]
    # The counts README.md gives for the sample: 87 implemented, 15 partially, 3 not
    # implemented, 3 not applicable, 3 not assessed, 2 capped by failed fact checks.
    assert (overall["implemented"], overall["partially_implemented"],
            overall["not_implemented"], overall["not_applicable"],
            overall["not_assessed"], overall["capped_by_facts"]) == (87, 15, 3, 3, 3, 2)
    # By hand: 108 applicable; points = (87 - 2 capped) + 15 / 2 = 92.5;
    # score = 92.5 / 108 = 85.648 %; coverage = 105 assessed / 108 = 97.222 %.
    assert overall["points"] == 92.5
    assert overall["score"] == pytest.approx(100 * 92.5 / 108)
    assert overall["coverage"] == pytest.approx(100 * 105 / 108)
    assert report["summary"]["gaps"] == 20


def test_assess_matches_rust_json_report():
    # render(format="json") is the crate's own JSON report (report::json).
    report = gbt39204.assess(SAMPLE)
    rust = json.loads(gbt39204.render(SAMPLE, format="json"))
    assert report == rust
    # The same keys in the same order, all the way down.
    assert json.dumps(report, ensure_ascii=False) == json.dumps(rust, ensure_ascii=False)


def test_dict_and_bytes_documents_equal_text():
    text = gbt39204.assess(SAMPLE)
    assert gbt39204.assess(json.loads(SAMPLE)) == text
    assert gbt39204.assess(SAMPLE.encode("utf-8")) == text


def test_today():
    as_text = gbt39204.assess(SAMPLE, today="2026-01-15")
    assert as_text["today"] == "2026-01-15"
    assert gbt39204.assess(SAMPLE, today=datetime.date(2026, 1, 15)) == as_text
    assert gbt39204.assess(SAMPLE)["today"] == "2025-06-30"  # the assessment date
    with pytest.raises(gbt39204.Error):
        gbt39204.assess(SAMPLE, today="15/01/2026")


def test_parse_error_attributes():
    doc = json.loads(SAMPLE)
    doc["results"][3]["status"] = "done"
    text = json.dumps(doc, indent=2)
    with pytest.raises(gbt39204.ParseError) as info:
        gbt39204.assess(text)
    e = info.value
    assert isinstance(e, gbt39204.Error) and isinstance(e, ValueError)
    assert e.pointer == "/results/3/status"
    # The line of `"status": "done"` in the text, found independently.
    line = next(n for n, l in enumerate(text.splitlines(), 1) if '"done"' in l)
    assert e.line == line and e.column > 0
    with pytest.raises(gbt39204.ParseError) as info:
        gbt39204.assess(doc)
    assert info.value.pointer == "/results/3/status"


def test_parse_error_syntax_and_truncation():
    with pytest.raises(gbt39204.ParseError) as info:
        gbt39204.assess('{"metadata": ')
    assert (info.value.line, info.value.column) == (1, 13)
    with pytest.raises(gbt39204.ParseError) as info:
        gbt39204.assess(b"\xff")
    assert info.value.pointer == ""
    with pytest.raises(gbt39204.ParseError) as info:
        gbt39204.assess(b" " * (9 * 1024 * 1024))  # over the 8 MiB limit
    assert info.value.pointer is None and info.value.line == 0


def test_bad_document_types():
    with pytest.raises(TypeError):
        gbt39204.assess(42)
    with pytest.raises(TypeError):
        gbt39204.assess({"metadata": object()})


def test_render_formats():
    md = gbt39204.render(SAMPLE)
    assert md.startswith("# GB/T 39204-2022")
    html = gbt39204.render({"metadata": dict(METADATA, organisation="Example <Grid> Co.")},
                           format="html", lang="en")
    assert "<svg" in html and "Example &lt;Grid&gt; Co." in html
    assert gbt39204.render(SAMPLE, lang="zh") != gbt39204.render(SAMPLE, lang="en")
    with pytest.raises(gbt39204.Error):
        gbt39204.render(SAMPLE, format="pdf")


def test_export_oscal(tmp_path):
    written = gbt39204.export_oscal(tmp_path / "oscal")
    # Our catalog, then for each framework its controls as a catalog and the crosswalk.
    frameworks = ["mlps-2019-l3", "nist-csf-2.0", "iso27001-2022",
                  "cii-regulation-2021", "cybersecurity-law-2016"]
    assert [p.name for p in written] == ["catalog.json"] + [
        name for f in frameworks for name in (f"catalog-{f}.json", f"mapping-{f}.json")]
    with_results = gbt39204.export_oscal(str(tmp_path / "with"), assessment=SAMPLE)
    assert [p.name for p in with_results[-2:]] == [
        "assessment-plan.json", "assessment-results.json"]
    results = json.loads(with_results[-1].read_text(encoding="utf-8"))
    assert "assessment-results" in results
    catalog = json.loads(written[0].read_text(encoding="utf-8"))
    assert catalog["catalog"]["metadata"]["oscal-version"] == "1.2.3"
    with pytest.raises(gbt39204.ParseError):
        gbt39204.export_oscal(tmp_path / "bad", assessment="{")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        gbt39204.export_oscal(blocker / "sub")


def test_many_threads_share_one_crosswalk():
    cw = gbt39204.crosswalk("nist-csf-2.0")
    expected_cov = cw.coverage(["GV.OC-01", "PR.AA-01"])
    expected_fwd = cw.forward("7.5.4")
    expected_report = gbt39204.assess(SAMPLE)
    barrier = threading.Barrier(8)

    def work(i):
        barrier.wait()
        out = []
        for _ in range(20):
            out.append(cw.coverage(["GV.OC-01", "PR.AA-01"]) == expected_cov)
            out.append(cw.forward("7.5.4") == expected_fwd)
        out.append(gbt39204.assess(SAMPLE) == expected_report)
        return all(out)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(work, range(8)))


def calls_done_when_main_thread_ran(call, n=200):
    """Runs `call` n times on another thread while this one waits for the GIL, with the
    switch interval so long that the interpreter never takes the GIL away: this thread
    can only run again when the other one releases the GIL, which a call that releases
    it does at once and one that holds it does only when the thread ends, n calls later.
    Returns how many calls the other thread had finished when this one ran again."""
    done = [0]

    def worker():
        for _ in range(n):
            call()
            done[0] += 1

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        thread = threading.Thread(target=worker)
        thread.start()  # returns only once this thread holds the GIL again
        seen = done[0]
        thread.join()
    finally:
        sys.setswitchinterval(old)
    assert done[0] == n
    return seen


@pytest.mark.parametrize("name, call", [
    ("assess", lambda: gbt39204.assess(SAMPLE)),
    ("render", lambda: gbt39204.render(SAMPLE, format="html")),
    ("coverage", lambda: gbt39204.crosswalk("iso").coverage(["A.5.19", "A.8.15"])),
    ("search", lambda: gbt39204.search("supply chain security 供应链")),
])
def test_heavy_calls_release_the_gil(name, call):
    assert calls_done_when_main_thread_ran(call) < 200, name


def test_a_call_that_holds_the_gil_is_seen_as_holding_it():
    # The check above, on a call that never releases the GIL: this thread runs again
    # only when the other one ends.
    assert calls_done_when_main_thread_ran(lambda: sum(range(2000))) == 200

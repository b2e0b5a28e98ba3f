"""The workbook seen through openpyxl (see check-workbook.sh)."""

import datetime
import json
import sys

import openpyxl


def inspect(blank_path, sample_path):
    blank = openpyxl.load_workbook(blank_path)
    assert blank.sheetnames == ["填写说明", "结果", "基本信息", "事实", "关键岗位"], blank.sheetnames
    results = blank["结果"]
    assert results.freeze_panes == "A2", results.freeze_panes
    assert results["E1"].value == "状态"
    assert results.max_row == 112, results.max_row
    ids = [results.cell(row=r, column=1).value for r in range(2, 113)]
    assert ids[0] == "6.1.a" and ids[-1] == "11.4" and len(set(ids)) == 111
    lists = {str(v.sqref): v.formula1 for v in results.data_validations.dataValidation if v.type == "list"}
    assert lists["E2:E2001"] == '"符合,部分符合,不符合,不适用,未评估"', lists
    assert "F2:F2001" in lists, lists
    dates = [str(v.sqref) for v in results.data_validations.dataValidation if v.type == "date"]
    assert sorted(dates) == ["H2:H2001", "L2:L2001"], dates
    facts = blank["事实"]
    kinds = {facts.cell(row=next(iter(v.sqref.ranges)).min_row, column=1).value: v.type
             for v in facts.data_validations.dataValidation}
    assert kinds["mlps_level"] == "whole" and kinds["last_evaluation"] == "date", kinds
    assert kinds["operations_location"] == "list", kinds

    sample = openpyxl.load_workbook(sample_path)
    meta = sample["Metadata"]
    assert meta["C7"].value == datetime.datetime(2025, 6, 30), meta["C7"].value
    assert meta["C7"].number_format == "yyyy-mm-dd"
    facts = sample["Facts"]
    assert facts["A4"].value == "training_hours_per_person_year" and facts["C4"].value == 24
    print("openpyxl: sheets, frozen headings, drop-downs, date and number validation, typed cells: ok")


def fill(blank_path, filled_path, json_path):
    """Fills the blank Chinese template as an assessor's script would, and writes the
    same answers as a JSON document."""
    wb = openpyxl.load_workbook(blank_path)
    meta = wb["基本信息"]
    values = {"organisation": "Example Grid Co.", "cii_name": "Dispatch system",
              "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei"}
    for row in range(2, meta.max_row + 1):
        key = meta.cell(row=row, column=1).value
        if key in values:
            meta.cell(row=row, column=3).value = values[key]
        elif key == "assessment_date":
            meta.cell(row=row, column=3).value = datetime.date(2025, 6, 30)
    results = wb["结果"]
    rows = {results.cell(row=r, column=1).value: r for r in range(2, results.max_row + 1)}
    answers = []
    statuses = ["符合", "部分符合", "不符合", "不适用", "未评估"]
    codes = ["implemented", "partially_implemented", "not_implemented", "not_applicable", "not_assessed"]
    for i, rid in enumerate(sorted(rows, key=rows.get)):
        if i % 3 == 2:
            continue  # left blank: scored as not assessed
        k = i % 5
        r = rows[rid]
        results.cell(row=r, column=5).value = statuses[k]
        answer = {"requirement": rid, "status": codes[k]}
        if k == 0:
            results.cell(row=r, column=6).value = "记录"
            results.cell(row=r, column=7).value = f"Record {rid}"
            results.cell(row=r, column=8).value = datetime.date(2025, 1, 10)
            answer["evidence"] = [{"kind": "record", "reference": f"Record {rid}", "date": "2025-01-10"}]
        if k == 3:
            results.cell(row=r, column=10).value = "No such system"
            answer["justification"] = "No such system"
        if k in (1, 2):
            results.cell(row=r, column=11).value = "Ops team"
            answer["remediation"] = {"owner": "Ops team"}
        answers.append(answer)
    facts = wb["事实"]
    for row in range(2, facts.max_row + 1):
        key = facts.cell(row=row, column=1).value
        if key == "training_hours_per_person_year":
            facts.cell(row=row, column=3).value = 24
        elif key == "log_retention_months":
            facts.cell(row=row, column=3).value = "6"  # a number typed as text
        elif key == "operations_location":
            facts.cell(row=row, column=3).value = "境内"
    posts = wb["关键岗位"]
    posts["A2"], posts["B2"] = "network administration", 1
    wb.save(filled_path)
    doc = {
        "metadata": dict(values, assessment_date="2025-06-30", catalog_version="0.2.0"),
        "results": answers,
        "facts": {"training_hours_per_person_year": 24, "log_retention_months": 6,
                  "operations_location": "onshore",
                  "key_post_staffing": [{"post": "network administration", "people": 1}]},
    }
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    print(f"openpyxl: filled {len(answers)} of 111 results in {filled_path}")


def compare(a_path, b_path):
    a, b = (json.load(open(p, encoding="utf-8")) for p in (a_path, b_path))
    for key in ("scores", "summary", "requirements", "fact_checks", "gaps", "diagnostics"):
        assert a[key] == b[key], key
    overall = a["scores"]["overall"]
    print(f"same scores from the workbook and from JSON: {overall['implemented']} implemented, "
          f"{overall['not_assessed']} not assessed, {a['summary']['gaps']} gaps")


if __name__ == "__main__":
    {"inspect": inspect, "fill": fill, "compare": compare}[sys.argv[1]](*sys.argv[2:])

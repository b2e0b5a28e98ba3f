"""Assess a folder of GB/T 39204 self-assessment documents with PySpark: one row per
document, a bad document never fails the job.

    python examples/spark_batch.py DIR [--out results.parquet]   # every *.json in DIR
    python examples/spark_batch.py --generate 2000                # a generated set, in memory
    python examples/spark_batch.py DIR --generate 2000            # written into DIR, then read

Each row holds the document's path, its overall score and coverage (percent), its gap
count, and ``error``: None for a document that was assessed, otherwise the error's
class and message (a ParseError names the JSON pointer). The assessment is
``gbt39204.assess``, called inside the Spark tasks; Spark only distributes the files.

It runs in local mode (``local[*]``, every core of this machine) by default. On a cluster
the same code runs unchanged: install the gbt39204 wheel on every executor (or ship a
packed virtual environment with ``spark-submit --archives``), put the documents on
storage every node reads (HDFS, S3, a shared mount), and pass ``--master`` (or run it
through ``spark-submit --master yarn|k8s://…``).

``--generate N`` makes N documents (written into DIR when one is given): copies of the
repository's sample with varied results, and every 50th one broken in one of three ways
(truncated JSON, an unknown status, bytes that are not UTF-8), to show that they come
back as rows with an error. Without DIR they are handed to Spark from memory, which
measures the assessment without the cost of listing and opening many small files.
"""

import argparse
import json
import pathlib
import random
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

SCHEMA = StructType([
    StructField("path", StringType(), False),
    StructField("score", DoubleType(), True),
    StructField("coverage", DoubleType(), True),
    StructField("gaps", IntegerType(), True),
    StructField("error", StringType(), True),
])

SAMPLE = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data" / "sample-assessment.json"


def assess_file(item):
    """One (path, bytes) pair to one row; never raises for a bad document."""
    import gbt39204  # imported in the executor's Python worker

    path, content = item
    try:
        report = gbt39204.assess(bytes(content))
    except gbt39204.Error as e:  # ParseError, or any other bad input
        return (path, None, None, None, f"{type(e).__name__}: {e}")
    overall = report["scores"]["overall"]
    return (path, overall["score"], overall["coverage"], report["summary"]["gaps"], None)


def generate(n):
    """n (name, bytes) documents; every 50th one is broken."""
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    statuses = ["implemented", "partially_implemented", "not_implemented"]
    rng = random.Random(39204)
    docs = []
    for i in range(n):
        doc = json.loads(json.dumps(base))
        doc["metadata"]["organisation"] = f"Operator {i:05} (fictional)"
        for result in doc["results"]:
            if result["status"] in statuses and rng.random() < 0.2:
                result["status"] = rng.choice(statuses)
        data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
        if i % 50 == 49:
            kind = (i // 50) % 3
            if kind == 0:
                data = data[: len(data) // 2]
            elif kind == 1:
                data = data.replace(b'"implemented"', b'"done"', 1)
            else:
                data = b"\xff\xfe" + data
        docs.append((f"doc-{i:05}.json", data))
    return docs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=pathlib.Path, help="folder of *.json documents")
    parser.add_argument("--generate", type=int, metavar="N", help="assess N generated documents")
    parser.add_argument("--master", default="local[*]")
    parser.add_argument("--out", help="also write the rows as Parquet here")
    args = parser.parse_args()
    if args.dir is None and args.generate is None:
        parser.error("give a folder, --generate N, or both")

    docs = generate(args.generate) if args.generate is not None else None
    if docs is not None and args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        for name, data in docs:
            (args.dir / name).write_bytes(data)
        print(f"wrote {len(docs)} documents into {args.dir}")

    began = time.perf_counter()
    spark = (SparkSession.builder.master(args.master).appName("gbt39204-batch")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    start = time.perf_counter()
    if args.dir is not None:
        files = (spark.read.format("binaryFile").option("pathGlobFilter", "*.json")
                 .load(str(args.dir.resolve())).select("path", "content").rdd
                 .map(tuple))
    else:
        files = sc.parallelize(docs, 4 * sc.defaultParallelism)
    rows = spark.createDataFrame(files.map(assess_file), SCHEMA).cache()
    total = rows.count()
    seconds = time.perf_counter() - start
    with_start = time.perf_counter() - began
    failed = rows.filter(rows.error.isNotNull()).count()
    stats = rows.filter(rows.error.isNull()).agg(
        {"score": "avg", "coverage": "avg", "gaps": "sum"}).first()
    print(f"{total} documents in {seconds:.1f} s ({total / seconds:,.0f} docs/s; "
          f"{with_start:.1f} s with Spark's start) on {args.master} "
          f"with {sc.defaultParallelism} cores; {failed} with an error")
    if total > failed:
        print(f"mean score {stats['avg(score)']:.1f} %, mean coverage "
              f"{stats['avg(coverage)']:.1f} %, {stats['sum(gaps)']} gaps in all")
    rows.orderBy(rows.error.isNull(), "path").show(5, truncate=70)
    if args.out:
        rows.write.mode("overwrite").parquet(args.out)
        print(f"wrote {args.out}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

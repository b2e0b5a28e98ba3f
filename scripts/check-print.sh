#!/usr/bin/env bash
# Prints the sample's HTML report (zh and en) to PDF with headless Chromium, as a
# browser's "print to PDF" would, and checks the PDF: A4 pages, every section present,
# page numbers in the margin, no Markdown syntax in the text. Renders the pages to PNG
# (target/print/) for a person to look at. Installs chromium, poppler-utils and a CJK
# font from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list :lang=zh | grep -q . || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

out=target/print
rm -rf "$out" && mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for lang in zh en; do
    cargo run --quiet --features cli --bin gbt39204 -- assess --format html --lang "$lang" \
        --generated-at 2025-07-01T08:00:00Z --out "$out/report-$lang.html"
    chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$out/report-$lang.pdf" "file://$PWD/$out/report-$lang.html" 2>/dev/null
    info=$(pdfinfo "$out/report-$lang.pdf")
    pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
    # pdfinfo names the paper size.
    grep -Eq '^Page size: .*\(A4\)' <<<"$info" \
        || { echo "$lang: not A4: $(grep 'Page size' <<<"$info")" >&2; exit 1; }
    text=$(pdftotext -layout "$out/report-$lang.pdf" -)
    if [ "$lang" = zh ]; then
        sections=(概况 分领域得分 量化指标核验 差距清单 文档问题 附录 签字确认 "文档 SHA-256")
    else
        sections=(Summary "Scores by domain" "Hard-number checks" Gaps "Document findings" "Appendix: results by item" Sign-off "Document SHA-256")
    fi
    for s in "${sections[@]}"; do
        grep -qF "$s" <<<"$text" || { echo "$lang: section '$s' missing from the PDF" >&2; exit 1; }
    done
    grep -qF "1 / $pages" <<<"$text" || { echo "$lang: no page number '1 / $pages'" >&2; exit 1; }
    if grep -qE '`|\*\*' <<<"$text"; then
        echo "$lang: Markdown syntax in the PDF text" >&2
        exit 1
    fi
    pdftoppm -r 60 -png "$out/report-$lang.pdf" "$out/page-$lang"
    echo "$lang: $pages A4 pages, all sections, page numbers; pages in $out/page-$lang-*.png"
done

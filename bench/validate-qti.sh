#!/usr/bin/env bash
# Validates a QTI 2.1 package written by `export --format qti21` against the IMS schemas with xmllint:
# every assessmentItem and the assessmentTest against imsqti_v2p1.xsd (which pulls in MathML 2),
# imsmanifest.xml against imscp_v1p1.xsd. The schemas are not in this repository (their licence is
# the IMS one, and CI has no internet to fetch them): pass a folder laid out as the schema folder of a
# QTI library, e.g. oat-sa/qti-sdk's src/qtism/data/storage/xml/schemes, which holds
#   qtiv2p1/imsqti_v2p1.xsd, imscp_v1p1.xsd, imsmd_v1p2p4.xsd, apipv1p0/…, w3/xml.xsd, w3/mathml2/…
#
#   bench/validate-qti.sh SCHEMAS [PACKAGE.zip]
#
# Without a package, exports 5 variants of every bundled exercise and validates that.
# Needs xmllint (Debian: apt-get install libxml2-utils) and unzip. Exits 1 when any file is invalid.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas=$(realpath "${1:?usage: bench/validate-qti.sh SCHEMAS [PACKAGE.zip]}")
for xsd in qtiv2p1/imsqti_v2p1.xsd imscp_v1p1.xsd; do
    [[ -f "$schemas/$xsd" ]] || { echo "no $xsd under $schemas" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 2 ]]; then
    package=$(realpath "$2")
else
    dotnet build src/Generator/Generator.csproj -c Release -v quiet -nologo >/dev/null
    G=src/Generator/bin/Release/net10.0/DeepExam.Generator.dll
    ids=$(ls exercises/*.yaml | xargs -n1 basename | sed 's/\.yaml$//' | paste -sd, -)
    dotnet $G export --format qti21 --template "$ids" --variants 5 --secret validate --out "$work/bank" >/dev/null
    package=$(ls "$work"/bank/qti21/*.zip)
fi
mkdir "$work/package"
unzip -q "$package" -d "$work/package"
cd "$work/package"
failed=0
items=0
if ! xmllint --noout --schema "$schemas/imscp_v1p1.xsd" imsmanifest.xml 2>"$work/errors"; then failed=1; cat "$work/errors"; fi
while IFS= read -r -d '' file; do
    [[ $file == ./imsmanifest.xml ]] && continue
    items=$((items + 1))
    if ! xmllint --noout --schema "$schemas/qtiv2p1/imsqti_v2p1.xsd" "$file" 2>"$work/errors"; then failed=1; cat "$work/errors"; fi
done < <(find . -name '*.xml' -print0 | sort -z)
echo "$(basename "$package"): imsmanifest.xml and $items QTI files (the test and $((items - 1)) items) checked, $([[ $failed == 0 ]] && echo 'all valid' || echo 'SOME INVALID')"
exit $failed

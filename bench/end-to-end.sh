#!/usr/bin/env bash
# End-to-end timings of the two batch jobs (the speed targets live here, not in unit tests):
#   generate: the demo exam for 1,000 students (exam + solution PDFs, answer sheets, keys, class key CSV and PDF)
#   grade:    10,000 simulated submissions (grades.csv, feedback YAML, stats, report), once without
#             the feedback PDFs (--no-pdf) and once with them (the default)
# RUNS=3 bench/end-to-end.sh repeats each grading measurement (the machine may be shared: give the spread).
# Everything is written under out/bench (the working tree's disk; /tmp can be much slower here).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Grader.sln -c Release -v quiet -nologo >/dev/null
G=src/Generator/bin/Release/net10.0/DeepExam.Generator.dll
R=src/Grader/bin/Release/net10.0/DeepExam.Grader.dll
mkdir -p out/bench
python3 - <<'PY'
with open('out/bench/roster10k.csv', 'w') as f:
    f.write('id,name\n')
    for i in range(10000): f.write(f'u{i:05d},Student {i}\n')
with open('out/bench/roster1k.csv', 'w') as f, open('out/bench/roster10k.csv') as src:
    for i, line in enumerate(src):
        if i > 1000: break
        f.write(line)
PY
measure() { /usr/bin/time -f "  wall %e s, CPU %U s user + %S s system, peak %M KiB" "$@" | grep -E "^(Wrote|Replaced)"; }
# Each timed run writes into a fresh folder: replacing an earlier run's 10,000 files (--force) costs
# about a second of deleting that is not part of the job. The old folder is removed and flushed first.
fresh() { rm -rf "$1"; sync; sleep 1; }
echo "generate, 1,000 students:"
fresh out/bench/gen1k
measure dotnet $G generate --blueprint templates/demo-exam.yaml --roster out/bench/roster1k.csv --secret bench --out out/bench/gen1k
dotnet $G simulate --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --secret bench --out out/bench/sub10k --force >/dev/null
GRADE=(dotnet $R grade --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --submissions out/bench/sub10k --secret bench --out out/bench/grades10k)
for run in $(seq "${RUNS:-1}"); do
    echo "grade, 10,000 submissions, without feedback PDFs (--no-pdf):"
    fresh out/bench/grades10k
    measure "${GRADE[@]}" --no-pdf
    echo "grade, 10,000 submissions, with feedback PDFs:"
    fresh out/bench/grades10k
    measure "${GRADE[@]}"
done
echo "feedback PDFs: $(find out/bench/grades10k/feedback -name '*.pdf' | wc -l) files, $(du -sh out/bench/grades10k/feedback | cut -f1) with the YAML"

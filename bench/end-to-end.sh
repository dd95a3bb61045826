#!/usr/bin/env bash
# End-to-end timings of the two batch jobs (the speed targets live here, not in unit tests):
#   generate: the demo exam for 1,000 students (exam + solution PDFs, answer sheets, keys, class key CSV and PDF)
#   grade:    10,000 simulated submissions (grades.csv, feedback YAML, stats, report)
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
measure() { /usr/bin/time -f "  wall %e s, peak %M KiB" "$@" | grep -E "^(Wrote|Replaced)"; }
echo "generate, 1,000 students:"
measure dotnet $G generate --blueprint templates/demo-exam.yaml --roster out/bench/roster1k.csv --secret bench --out out/bench/gen1k --force
dotnet $G simulate --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --secret bench --out out/bench/sub10k --force >/dev/null
echo "grade, 10,000 submissions:"
measure dotnet $R grade --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --submissions out/bench/sub10k --secret bench --out out/bench/grades10k --force

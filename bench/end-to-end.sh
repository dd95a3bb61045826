#!/usr/bin/env bash
# End-to-end timings of the two batch jobs (the speed targets live here, not in unit tests):
#   generate: the demo exam for 1,000 students (exam + solution PDFs, answer sheets and forms, keys, class key CSV and PDF),
#             and again without the answer forms, whose cost is the difference (target: at most 2 s, 60 KB a form)
#   grade:    10,000 simulated submissions (filled-in answer sheets) into grades.csv, feedback YAML,
#             stats and report, once without the feedback PDFs (--no-pdf) and once with them (the default)
# RUNS=3 bench/end-to-end.sh repeats each grading measurement (the machine may be shared: give the spread).
#
# Everything is written under out/bench, on the working tree's disk. Each timed run writes a folder of
# its own; the earlier runs' folders are removed only at the start and at the end, because on this
# VM's disk creating files right after deleting thousands of others can take several times as long
# (docs/performance.md). Where /dev/shm exists, the --no-pdf run is also timed with its output on
# tmpfs, which separates the computing from the disk.
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
clear_runs() { rm -rf out/bench/gen1k-* out/bench/grades10k-* /dev/shm/deepexam-bench-*; sync; }
clear_runs
sleep 5
echo "generate, 1,000 students:"
measure dotnet $G generate --blueprint templates/demo-exam.yaml --roster out/bench/roster1k.csv --secret bench --out out/bench/gen1k-1
echo "generate, 1,000 students, without the answer forms:"
measure dotnet $G generate --blueprint templates/demo-exam.yaml --roster out/bench/roster1k.csv --secret bench --out out/bench/gen1k-2 \
    --formats exams,solutions,keys,answer-sheets,class-key,instructor-key
echo "answer forms: $(find out/bench/gen1k-1/answer-forms -name '*.html' | wc -l) files, largest $(find out/bench/gen1k-1/answer-forms -name '*.html' -printf '%s\n' | sort -n | tail -1) bytes, $(du -sh out/bench/gen1k-1/answer-forms | cut -f1) in all"
dotnet $G simulate --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --secret bench --out out/bench/sub10k --force >/dev/null
GRADE=(dotnet $R grade --blueprint templates/demo-exam.yaml --roster out/bench/roster10k.csv --submissions out/bench/sub10k --secret bench)
for run in $(seq "${RUNS:-1}"); do
    echo "grade, 10,000 submissions, without feedback PDFs (--no-pdf):"
    measure "${GRADE[@]}" --out "out/bench/grades10k-$run-yaml" --no-pdf
    if [ -d /dev/shm ]; then
        echo "  the same with the output on tmpfs:"
        measure "${GRADE[@]}" --out "/dev/shm/deepexam-bench-$run" --no-pdf
        rm -rf "/dev/shm/deepexam-bench-$run"
    fi
    echo "grade, 10,000 submissions, with feedback PDFs:"
    measure "${GRADE[@]}" --out "out/bench/grades10k-$run-pdf"
done
echo "feedback PDFs: $(find out/bench/grades10k-1-pdf/feedback -name '*.pdf' | wc -l) files, $(du -sh out/bench/grades10k-1-pdf/feedback | cut -f1) with the YAML"
clear_runs

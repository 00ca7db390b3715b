#!/usr/bin/env bash
# Compares three ways of writing insight's FINAL_TAGS fragment (decision 008) on synthetic scratch tables (x_*)
# made by final-tags-setup.sql: 400,000 answers, 600,000 machine tags, 2% reviewed. Prints each form's time for
# the theme count of one consultation (200,000 responses), then the machine. Usage:
#   mysql -uroot -h127.0.0.1 SCRATCH_DB < docs/benchmarks/final-tags-setup.sql
#   bash docs/benchmarks/final-tags.sh SCRATCH_DB     # then DROP the x_* tables
set -euo pipefail
DB=${1:?scratch database}
run() {
  local q="SELECT SQL_NO_CACHE ft.theme_id, COUNT(DISTINCT r.id) FROM x_response r JOIN x_answer a ON a.response_id = r.id JOIN $2 ft ON ft.answer_id = a.id WHERE r.consultation_id = 1 AND r.status = 'SUBMITTED' GROUP BY ft.theme_id"
  mysql -uroot -h127.0.0.1 "$DB" -e "$q" >/dev/null
  local s=$(date +%s%N); mysql -uroot -h127.0.0.1 "$DB" -e "$q" >/dev/null; local e=$(date +%s%N)
  echo "$1: $(( (e-s)/1000000 )) ms"
}
for i in 1 2 3; do
  run machine-only "(SELECT answer_id, theme_id FROM x_machine_tag)"
  run join-form "(SELECT ans.id AS answer_id, COALESCE(ot.theme_id, mt.theme_id) AS theme_id FROM x_answer ans LEFT JOIN x_answer_review ar ON ar.answer_id = ans.id LEFT JOIN x_officer_tag ot ON ot.answer_id = ar.answer_id LEFT JOIN x_machine_tag mt ON mt.answer_id = ans.id AND ar.answer_id IS NULL WHERE COALESCE(ot.theme_id, mt.theme_id) IS NOT NULL)"
  run union-all "(SELECT answer_id, theme_id FROM x_officer_tag UNION ALL SELECT mt.answer_id, mt.theme_id FROM x_machine_tag mt WHERE NOT EXISTS (SELECT 1 FROM x_answer_review ar WHERE ar.answer_id = mt.answer_id))"
done
echo "machine: $(nproc) cores, $(mysql -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), load $(cut -d' ' -f1-3 /proc/loadavg)"

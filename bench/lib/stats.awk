# Helpers for bench scripts, used as: awk -f bench/lib/stats.awk -v mode=... < numbers
# mode=median-p99: one number a line in, sorted (sort -g) -> "MEDIAN P99" (nearest rank).
# mode=slope: "x y" a line in -> the least-squares slope of log(y) on log(x) (growth exponent).
{ if (mode == "slope") { x[NR] = log($1); y[NR] = log($2) } else { v[NR] = $1 } }
END {
  if (mode == "slope") {
    if (NR < 2) { print "n/a"; exit }
    for (i = 1; i <= NR; i++) { sx += x[i]; sy += y[i] }
    mx = sx / NR; my = sy / NR
    for (i = 1; i <= NR; i++) { num += (x[i] - mx) * (y[i] - my); den += (x[i] - mx) ^ 2 }
    printf "%.2f\n", num / den
  } else {
    n = NR
    m = int((n + 1) / 2); p = int(n * 0.99 + 0.999999); if (p > n) p = n
    printf "%.1f %.1f\n", v[m], v[p]
  }
}

# The survey benchmark suite in R survey: same steps and output format as SurveyBench.java.
#   Rscript suite.R sample.csv
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
times <- c()
cpus <- c()
cpu <- function() { p <- proc.time(); p[["user.self"]] + p[["sys.self"]] }
step <- function(name, expr) {
  t <- proc.time()[["elapsed"]]
  c <- cpu()
  value <- force(expr)
  times[[name]] <<- proc.time()[["elapsed"]] - t
  cpus[[name]] <<- cpu() - c
  value
}
start <- proc.time()[["elapsed"]]
cpu_start <- cpu()
d <- step("read", read.csv(args[1]))
design <- step("design", svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d))
means <- step("means", list(score = svymean(~score, design), employed = svymean(~employed, design)))
regions <- step("domains", svyby(~score, ~region, design, svymean))
income <- step("total", svytotal(~income, design, na.rm = TRUE))
test <- step("chisq", svychisq(~region + sex, design))
times[["total_suite"]] <- proc.time()[["elapsed"]] - start
cpus[["total_suite"]] <- cpu() - cpu_start
for (name in names(times)) cat(sprintf("time %s %.3f\ncpu %s %.3f\n", name, times[[name]], name, cpus[[name]]))
out <- function(name, s) {
  cat(sprintf("result %s %.17g\nresult %s_se %.17g\n", name, coef(s)[[1]], name, SE(s)[[1]]))
}
out("mean_score", means$score)
out("mean_employed", means$employed)
for (i in seq_len(nrow(regions))) {
  cat(sprintf("result region_%s_mean_score %.17g\nresult region_%s_mean_score_se %.17g\n", regions$region[i],
              regions$score[i], regions$region[i], regions$se[i]))
}
out("total_income", income)
cat(sprintf("result chisq_F %.17g\nresult chisq_ndf %.17g\nresult chisq_ddf %.17g\nresult chisq_p %.17g\n",
            test$statistic, test$parameter[["ndf"]], test$parameter[["ddf"]], test$p.value))

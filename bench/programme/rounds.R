# The before/after computation of a monitoring round in R survey: same steps and output as RoundBench.java.
#   Rscript rounds.R before.csv after.csv stacked.csv
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
step <- function(name, expr) {
  t <- proc.time()[["elapsed"]]
  value <- force(expr)
  cat(sprintf("time %s %.3f\n", name, proc.time()[["elapsed"]] - t))
  value
}
start <- proc.time()[["elapsed"]]
data <- step("read", list(before = read.csv(args[1]), after = read.csv(args[2]), stacked = read.csv(args[3])))
design <- function(d) svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
independent <- step("independent", {
  b <- svymean(~score, design(data$before))
  a <- svymean(~score, design(data$after))
  c(coef(a) - coef(b), sqrt(SE(a)^2 + SE(b)^2))
})
linked <- step("linked", {
  by <- svyby(~score, ~round, design(data$stacked), svymean, covmat = TRUE)
  d <- svycontrast(by, c(after = 1, before = -1))
  c(coef(d), SE(d))
})
cat(sprintf("time total %.3f\n", proc.time()[["elapsed"]] - start))
cat(sprintf("result independent_difference %.17g\nresult independent_se %.17g\n", independent[1], independent[2]))
cat(sprintf("result linked_difference %.17g\nresult linked_se %.17g\n", linked[1], linked[2]))

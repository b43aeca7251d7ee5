# Expected values for the before/after comparison of two monitoring rounds (kg.kozomol.stats.RoundComparison).
#
#   Rscript src/test/r/round-fixtures.R            (run from the repository root, after survey-fixtures.R)
#
# Independent rounds: the "before" round is apisrs (api99), the "after" round apistrat (api00), two separate
# samples. R's answer is taken two ways that must agree: sqrt(SE1^2 + SE2^2) of the two svymean, and svycontrast
# on svyby(..., covmat = TRUE) over one combined design whose strata are the rounds' own strata (the SRS is one
# stratum of its own), so no PSU is shared. Overlapping rounds: the same districts (PSUs) of apiclus1 measured
# twice (api99 then api00), stacked in long form with a round variable; the combined design keeps the district as
# PSU, so svyby(covmat = TRUE) + svycontrast carries the covariance between rounds.
suppressPackageStartupMessages(library(survey))
options(survey.lonely.psu = "fail", warn = 1)

out <- "src/test/resources/stats"
num <- function(x) sprintf("%.17g", x)
read <- function(name) read.csv(file.path(out, "data", paste0(name, ".csv")), stringsAsFactors = TRUE,
                                na.strings = c("", "NA"), check.names = FALSE)
write_data <- function(df, name) {
  cols <- lapply(df, function(x) {
    if (is.numeric(x)) sprintf("%.17g", as.vector(x)) else paste0('"', as.character(x), '"')
  })
  writeLines(c(paste(names(df), collapse = ","), do.call(paste, c(cols, sep = ","))),
             file.path(out, "data", paste0(name, ".csv")))
  read(name)
}

rows <- character(0)
emit <- function(case, quantity, value) rows <<- c(rows, paste(case, quantity, "difference", num(value), sep = ","))
emit_contrast <- function(case, design, variable) {
  b <- svyby(as.formula(paste0("~", variable)), ~round, design, svymean, covmat = TRUE)
  d <- svycontrast(b, c(before = -1, after = 1))
  emit(case, "before", coef(b)["before"])
  emit(case, "after", coef(b)["after"])
  emit(case, "estimate", coef(d))
  emit(case, "se", SE(d))
  ci <- confint(d)
  emit(case, "ci_lower", ci[1, 1])
  emit(case, "ci_upper", ci[1, 2])
}

srs <- read("apisrs")
strat <- read("apistrat")
clus1 <- read("apiclus1")

# ---- independent rounds -------------------------------------------------------------------------------------
before <- svymean(~api99, svydesign(id = ~1, fpc = ~fpc, data = srs))
after <- svymean(~api00, svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat))
se <- sqrt(SE(before)^2 + SE(after)^2)
emit("independent", "before", coef(before))
emit("independent", "after", coef(after))
emit("independent", "estimate", coef(after) - coef(before))
emit("independent", "se", se)
emit("independent", "ci_lower", coef(after) - coef(before) - qnorm(0.975) * se)
emit("independent", "ci_upper", coef(after) - coef(before) + qnorm(0.975) * se)

stacked <- rbind(
  data.frame(round = "before", stratum = "SRS", y = srs$api99, pw = 6194 / 200, fpc = srs$fpc),
  data.frame(round = "after", stratum = paste0("after_", strat$stype), y = strat$api00, pw = strat$pw,
             fpc = strat$fpc))
stacked <- write_data(stacked, "rounds_independent")
emit_contrast("independent_combined", svydesign(id = ~1, strata = ~stratum, weights = ~pw, fpc = ~fpc,
                                                data = stacked), "y")

# ---- overlapping rounds: the same PSUs --------------------------------------------------------------------
linked <- rbind(
  data.frame(round = "before", dnum = clus1$dnum, pw = clus1$pw, y = clus1$api99),
  data.frame(round = "after", dnum = clus1$dnum, pw = clus1$pw, y = clus1$api00))
linked <- write_data(linked, "rounds_linked")
emit_contrast("linked", svydesign(id = ~dnum, weights = ~pw, data = linked), "y")
# The same data read as if the rounds were independent: the SE the linked design must differ from.
emit_contrast("linked_as_independent", svydesign(id = ~paste(round, dnum), strata = ~round, weights = ~pw,
                                                 data = linked), "y")

writeLines(c("case,quantity,term,value", rows), file.path(out, "expected", "rounds.csv"))

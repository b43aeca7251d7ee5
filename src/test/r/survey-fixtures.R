# Writes the expected values that the Java survey engine (kg.kozomol.stats) is tested against.
#
#   Rscript src/test/r/survey-fixtures.R            (run from the repository root)
#
# Needs R with the `survey` package (Debian: apt-get install r-cran-survey). It exports R survey's own example
# data (data(api), data(scd)) to src/test/resources/stats/data/*.csv, reads those files back so R and Java start
# from the same bytes, runs the estimators and writes src/test/resources/stats/expected/*.csv in long form:
# case,quantity,term,value with every number printed to 17 significant digits. The tests then need no R.
suppressPackageStartupMessages(library(survey))
invisible(Sys.setlocale("LC_COLLATE", "C"))
options(survey.lonely.psu = "fail", warn = 1)

out <- "src/test/resources/stats"
dir.create(file.path(out, "data"), recursive = TRUE, showWarnings = FALSE)
dir.create(file.path(out, "expected"), recursive = TRUE, showWarnings = FALSE)

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

# ---- data ---------------------------------------------------------------------------------------------------

write_data <- function(df, name) {
  cols <- lapply(df, function(x) {
    if (is.numeric(x)) ifelse(is.na(x), "", sprintf("%.17g", as.vector(x)))
    else ifelse(is.na(x), "", paste0('"', gsub('"', '""', as.character(x)), '"'))
  })
  lines <- do.call(paste, c(cols, sep = ","))
  writeLines(c(paste(names(df), collapse = ","), lines), file.path(out, "data", paste0(name, ".csv")))
  read.csv(file.path(out, "data", paste0(name, ".csv")), stringsAsFactors = TRUE, na.strings = c("", "NA"),
           check.names = FALSE)
}

data(api)
data(scd)
apisrs$frac <- 200 / apisrs$fpc
apisrs$pair <- (seq_len(nrow(apisrs)) + 1) %/% 2
apistrat$prob <- 1 / apistrat$pw
apiclus2$fpc2 <- as.vector(apiclus2$fpc2)
# A stratified sample whose stratum H keeps a single school: a lonely PSU at the first stage.
lonely <- rbind(apistrat[apistrat$stype != "H", ], apistrat[apistrat$stype == "H", ][1, ])
# Districts with one sampled school that are said to have two: lonely PSUs at the second stage.
lonely2 <- apiclus2
lonely2$fpc2[lonely2$fpc2 == 1] <- 2

srs <- write_data(apisrs, "apisrs")
strat <- write_data(apistrat, "apistrat")
clus1 <- write_data(apiclus1, "apiclus1")
clus2 <- write_data(apiclus2, "apiclus2")
lonely <- write_data(lonely, "lonely")
lonely2 <- write_data(lonely2, "lonely2")
scd <- write_data(scd, "scd")

designs <- list(
  srs = svydesign(id = ~1, fpc = ~fpc, data = srs),
  srs_frac = svydesign(id = ~1, fpc = ~frac, weights = ~pw, data = srs),
  strat = svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat),
  strat_prob = svydesign(id = ~1, strata = ~stype, probs = ~prob, data = strat),
  strat_nest = svydesign(id = ~dnum, strata = ~stype, weights = ~pw, nest = TRUE, data = strat),
  clus1 = svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1),
  clus1_wr = svydesign(id = ~dnum, weights = ~pw, data = clus1),
  clus2 = svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = clus2),
  clus2_w = svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, weights = ~pw, data = clus2),
  clus2_wr = svydesign(id = ~dnum + snum, weights = ~pw, data = clus2)
)

# ---- writing expected values --------------------------------------------------------------------------------

rows <- new.env()
emit <- function(file, case, quantity, term, value) {
  rows[[file]] <- c(rows[[file]], paste(case, quantity, term, num(value), sep = ","))
}
flush <- function() {
  for (file in ls(rows)) {
    writeLines(c("case,quantity,term,value", rows[[file]]), file.path(out, "expected", paste0(file, ".csv")))
  }
}
emit_stat <- function(file, case, s, n = NULL, level = 0.95) {
  ci <- confint(s, level = level)
  d <- if (is.null(attr(s, "deff"))) NULL else deff(s)
  for (i in seq_along(coef(s))) {
    term <- names(coef(s))[i]
    emit(file, case, "estimate", term, coef(s)[i])
    emit(file, case, "se", term, SE(s)[i])
    emit(file, case, "ci_lower", term, ci[i, 1])
    emit(file, case, "ci_upper", term, ci[i, 2])
    if (!is.null(d)) emit(file, case, "deff", term, d[i])
    if (!is.null(n)) emit(file, case, "n", term, n[i])
  }
}
emit_by <- function(file, case, b, n) {
  ci <- confint(b)
  d <- if (is.null(attr(b, "svyby")$deffs) || identical(attr(b, "svyby")$deffs, FALSE)) NULL else deff(b)
  terms <- rownames(b)
  for (i in seq_along(terms)) {
    emit(file, case, "estimate", terms[i], coef(b)[i])
    emit(file, case, "se", terms[i], SE(b)[i])
    emit(file, case, "ci_lower", terms[i], ci[i, 1])
    emit(file, case, "ci_upper", terms[i], ci[i, 2])
    if (!is.null(d)) emit(file, case, "deff", terms[i], d[i])
    emit(file, case, "n", terms[i], n[terms[i]])
  }
}
count <- function(x) sum(!is.na(x))
# R's own failures (e.g. a domain without cases) are recorded as an "error" row: Java must refuse them too.
attempt <- function(file, case, expr) {
  tryCatch(expr, error = function(e) emit(file, case, "error", "R", NA))
}
counts_by <- function(x, by) { t <- tapply(!is.na(x), by, sum); t[!is.na(t)] }

# ---- means, totals, proportions, domains (svymean, svytotal, svyby) ------------------------------------------

for (name in names(designs)) {
  d <- designs[[name]]
  v <- d$variables
  emit_stat("mean_total", paste0(name, "_mean_api00"), svymean(~api00, d, deff = TRUE), count(v$api00))
  emit_stat("mean_total", paste0(name, "_total_enroll"), svytotal(~enroll, d, deff = TRUE), count(v$enroll))
  emit_stat("mean_total", paste0(name, "_total_enroll_narm"), svytotal(~enroll, d, na.rm = TRUE, deff = TRUE),
            count(v$enroll))
  emit_stat("mean_total", paste0(name, "_mean_acs.k3_narm"), svymean(~acs.k3, d, na.rm = TRUE, deff = TRUE),
            count(v$acs.k3))
  emit_stat("mean_total", paste0(name, "_total_acs.k3_narm"), svytotal(~acs.k3, d, na.rm = TRUE, deff = TRUE),
            count(v$acs.k3))
  emit_stat("mean_total", paste0(name, "_prop_stype"), svymean(~stype, d, deff = TRUE), as.vector(table(v$stype)))
  emit_stat("mean_total", paste0(name, "_prop_awards"), svymean(~awards, d, deff = TRUE), as.vector(table(v$awards)))
  emit_by("mean_total", paste0(name, "_by_stype_mean_api00"), svyby(~api00, ~stype, d, svymean, deff = TRUE),
          counts_by(v$api00, v$stype))
  emit_by("mean_total", paste0(name, "_by_awards_total_enroll"),
          svyby(~enroll, ~awards, d, svytotal, na.rm = TRUE, deff = TRUE), counts_by(v$enroll, v$awards))
  attempt("mean_total", paste0(name, "_by_stype_mean_acs.46_narm"),
          emit_by("mean_total", paste0(name, "_by_stype_mean_acs.46_narm"),
                  svyby(~acs.46, ~stype, d, svymean, na.rm = TRUE, deff = TRUE), counts_by(v$acs.46, v$stype)))
  emit("mean_total", name, "degf", "design", degf(d))
}
emit_stat("mean_total", "clus1_mean_api00_level90", svymean(~api00, designs$clus1), level = 0.90)

# ---- ratios (svyratio) ----------------------------------------------------------------------------------------

emit_ratio <- function(case, r, n) {
  ci <- confint(r)
  emit("ratio", case, "estimate", "ratio", coef(r))
  emit("ratio", case, "se", "ratio", SE(r))
  emit("ratio", case, "ci_lower", "ratio", ci[1, 1])
  emit("ratio", case, "ci_upper", "ratio", ci[1, 2])
  if (!is.null(attr(r, "deff"))) emit("ratio", case, "deff", "ratio", attr(r, "deff")[1, 1])
  emit("ratio", case, "n", "ratio", n)
}
for (name in names(designs)) {
  d <- designs[[name]]
  v <- d$variables
  emit_ratio(paste0(name, "_api.stu_enroll"), svyratio(~api.stu, ~enroll, d, deff = TRUE), nrow(v))
  emit_ratio(paste0(name, "_acs.k3_enroll_narm"), svyratio(~acs.k3, ~enroll, d, na.rm = TRUE, deff = TRUE),
             sum(!is.na(v$acs.k3) & !is.na(v$enroll)))
}

# ---- quantiles (svyquantile, survey >= 4: Woodruff intervals with qrule "math" unless named) -----------------

emit_quantiles <- function(case, q, probs) {
  r <- q[[1]]
  for (i in seq_along(probs)) {
    term <- format(probs[i])
    emit("quantile", case, "estimate", term, r[i, 1])
    emit("quantile", case, "ci_lower", term, r[i, 2])
    emit("quantile", case, "ci_upper", term, r[i, 3])
    emit("quantile", case, "se", term, r[i, 4])
  }
}
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
for (name in names(designs)) {
  d <- designs[[name]]
  emit_quantiles(paste0(name, "_api00"), svyquantile(~api00, d, probs), probs)
  emit_quantiles(paste0(name, "_acs.k3_narm"), svyquantile(~acs.k3, d, probs, na.rm = TRUE), probs)
}
for (type in c("beta", "xlogit", "asin")) {
  emit_quantiles(paste0("clus1_api00_", type), svyquantile(~api00, designs$clus1, probs, interval.type = type),
                 probs)
}
emit_quantiles("strat_api00_school", svyquantile(~api00, designs$strat, probs, qrule = "school"), probs)
emit_quantiles("strat_api00_df_inf", svyquantile(~api00, designs$strat, probs, df = Inf), probs)
emit_quantiles("clus1_api00_alpha10", svyquantile(~api00, designs$clus1, probs, alpha = 0.1), probs)

# ---- proportion intervals (svyciprop); Wilson is not in R survey: computed from its formula here -------------

wilson <- function(formula, d, level) {
  m <- eval(bquote(svymean(~as.numeric(.(formula[[2]])), d)))
  p <- unname(coef(m)[1])
  n <- p * (1 - p) / vcov(m)[1, 1]
  z <- qt(1 - (1 - level) / 2, degf(d))
  centre <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  half <- z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)) / (1 + z^2 / n)
  c(p, centre - half, centre + half)
}
ciprops <- list(schwide = ~I(sch.wide == "Yes"), high = ~I(stype == "H"), awards = ~I(awards == "Yes"))
for (name in c("srs", "strat", "clus1", "clus2")) {
  d <- designs[[name]]
  for (var in names(ciprops)) {
    for (level in c(0.95, 0.9)) {
      case <- paste(name, var, level * 100, sep = "_")
      for (method in c("logit", "beta", "mean", "xlogit", "asin")) {
        ci <- svyciprop(ciprops[[var]], d, method = method, level = level)
        emit("propci", case, "estimate", method, coef(ci))
        emit("propci", case, "se", method, sqrt(vcov(ci)))
        emit("propci", case, "ci_lower", method, confint(ci)[1])
        emit("propci", case, "ci_upper", method, confint(ci)[2])
      }
      w <- wilson(ciprops[[var]], d, level)
      emit("propci", case, "estimate", "wilson", w[1])
      emit("propci", case, "ci_lower", "wilson", w[2])
      emit("propci", case, "ci_upper", "wilson", w[3])
    }
  }
}

# ---- Rao-Scott tests (svychisq, default statistic "F"; also "Chisq") ------------------------------------------

emit_chisq <- function(case, t) {
  emit("chisq", case, "statistic", names(t$statistic), t$statistic)
  for (p in names(t$parameter)) emit("chisq", case, "parameter", p, t$parameter[[p]])
  emit("chisq", case, "p_value", "p", t$p.value)
}
tables <- list(schwide_stype = ~sch.wide + stype, awards_yr.rnd = ~awards + yr.rnd, stype_comp.imp = ~stype + comp.imp)
for (name in names(designs)) {
  for (tab in names(tables)) {
    d <- designs[[name]]
    case <- paste(name, tab, sep = "_")
    attempt("chisq", case, {
      emit_chisq(paste0(case, "_F"), svychisq(tables[[tab]], d))
      emit_chisq(paste0(case, "_Chisq"), svychisq(tables[[tab]], d, statistic = "Chisq"))
      x2 <- suppressWarnings(chisq.test(svytable(tables[[tab]], d, Ntotal = nrow(d$variables)), correct = FALSE))
      emit("chisq", paste0(case, "_F"), "pearson", "X-squared", x2$statistic)
      vars <- all.vars(tables[[tab]])
      cells <- svymean(as.formula(paste0("~interaction(factor(", vars[1], "), factor(", vars[2], "))")), d,
                       na.rm = TRUE, deff = TRUE)
      names(cells) <- sub("^interaction.*\\)\\)", "", names(cells))
      complete <- !is.na(d$variables[[vars[1]]]) & !is.na(d$variables[[vars[2]]])
      emit_stat("chisq", paste0(case, "_cells"), cells,
                as.vector(table(factor(d$variables[[vars[1]]][complete]), factor(d$variables[[vars[2]]][complete]))))
    })
  }
}

# ---- regression (svyglm gaussian and quasibinomial) ------------------------------------------------------------

emit_glm <- function(case, m) {
  s <- summary(m)$coefficients
  ci <- confint(m)
  for (term in rownames(s)) {
    emit("regression", case, "estimate", term, s[term, 1])
    emit("regression", case, "se", term, s[term, 2])
    emit("regression", case, "t", term, s[term, 3])
    emit("regression", case, "p_value", term, s[term, 4])
    emit("regression", case, "ci_lower", term, ci[term, 1])
    emit("regression", case, "ci_upper", term, ci[term, 2])
  }
  emit("regression", case, "df_residual", "model", m$df.residual)
  emit("regression", case, "iterations", "model", m$iter)
  emit("regression", case, "n", "model", length(m$y))
}
for (name in names(designs)) {
  d <- designs[[name]]
  emit_glm(paste0(name, "_linear"), svyglm(api00 ~ ell + meals + mobility, d))
  emit_glm(paste0(name, "_linear_factor"), svyglm(api00 ~ stype + avg.ed, d))
  emit_glm(paste0(name, "_linear_narm"), svyglm(api00 ~ acs.k3 + meals, d))
  emit_glm(paste0(name, "_logistic"), svyglm(sch.wide ~ ell + meals + mobility, d, family = quasibinomial()))
  emit_glm(paste0(name, "_logistic_factor"), svyglm(awards ~ stype + api99, d, family = quasibinomial()))
}

# ---- replicate-weight designs (as.svrepdesign, svrepdesign) ---------------------------------------------------

write_replicates <- function(rd, name) {
  w <- weights(rd, "analysis")
  colnames(w) <- paste0("rep", seq_len(ncol(w)))
  write_data(as.data.frame(w), paste0("rep_", name))
  emit("replicate", name, "design", "scale", rd$scale)
  for (i in seq_along(rd$rscales)) emit("replicate", name, "rscales", paste0("rep", i), rd$rscales[i])
  emit("replicate", name, "design", "mse", as.numeric(isTRUE(rd$mse)))
  emit("replicate", name, "design", "degf", degf(rd))
}
set.seed(20260611)
reps <- list(
  clus1_jk1 = as.svrepdesign(designs$clus1, type = "JK1"),
  clus1_jk1_mse = as.svrepdesign(designs$clus1, type = "JK1", mse = TRUE),
  strat_boot = as.svrepdesign(designs$strat, type = "bootstrap", replicates = 50),
  clus1_boot = as.svrepdesign(designs$clus1_wr, type = "bootstrap", replicates = 80),
  srs_brr = as.svrepdesign(svydesign(id = ~1, strata = ~pair, weights = ~pw, data = srs), type = "BRR"),
  scd_brr = as.svrepdesign(svydesign(id = ~ambulance, strata = ~ESA, probs = ~1, nest = TRUE, data = scd),
                           type = "BRR"),
  scd_ll = svrepdesign(data = scd, type = "BRR", combined.weights = FALSE,
                       repweights = 2 * cbind(c(1, 0, 1, 0, 1, 0), c(1, 0, 0, 1, 0, 1), c(0, 1, 1, 0, 0, 1),
                                              c(0, 1, 0, 1, 1, 0)))
)
for (name in names(reps)) {
  rd <- reps[[name]]
  write_replicates(rd, name)
  v <- rd$variables
  if (name %in% c("scd_brr", "scd_ll")) {
    emit_stat("replicate", paste0(name, "_mean_arrests"), svymean(~arrests, rd, deff = TRUE), count(v$arrests))
    emit_stat("replicate", paste0(name, "_total_alive"), svytotal(~alive, rd, deff = TRUE), count(v$alive))
    emit_ratio_rep <- svyratio(~alive, ~arrests, rd)
    emit("replicate", paste0(name, "_ratio_alive_arrests"), "estimate", "ratio", coef(emit_ratio_rep))
    emit("replicate", paste0(name, "_ratio_alive_arrests"), "se", "ratio", SE(emit_ratio_rep))
    next
  }
  emit_stat("replicate", paste0(name, "_mean_api00"), svymean(~api00, rd, deff = TRUE), count(v$api00))
  emit_stat("replicate", paste0(name, "_total_enroll"), svytotal(~enroll, rd, deff = TRUE), count(v$enroll))
  emit_stat("replicate", paste0(name, "_mean_acs.k3_narm"), svymean(~acs.k3, rd, na.rm = TRUE, deff = TRUE),
            count(v$acs.k3))
  emit_stat("replicate", paste0(name, "_prop_stype"), svymean(~stype, rd, deff = TRUE), as.vector(table(v$stype)))
  r <- svyratio(~api.stu, ~enroll, rd)
  ci <- confint(r)
  emit("replicate", paste0(name, "_ratio_api.stu_enroll"), "estimate", "ratio", coef(r))
  emit("replicate", paste0(name, "_ratio_api.stu_enroll"), "se", "ratio", SE(r))
  emit("replicate", paste0(name, "_ratio_api.stu_enroll"), "ci_lower", "ratio", ci[1, 1])
  emit("replicate", paste0(name, "_ratio_api.stu_enroll"), "ci_upper", "ratio", ci[1, 2])
  b <- svyby(~api00, ~stype, rd, svymean, deff = TRUE)
  emit_by("replicate", paste0(name, "_by_stype_mean_api00"), b, counts_by(v$api00, v$stype))
  q <- svyquantile(~api00, rd, c(0.25, 0.5, 0.75))[[1]]
  for (i in 1:3) {
    term <- format(c(0.25, 0.5, 0.75)[i])
    emit("replicate", paste0(name, "_quantile_api00"), "estimate", term, q[i, 1])
    emit("replicate", paste0(name, "_quantile_api00"), "ci_lower", term, q[i, 2])
    emit("replicate", paste0(name, "_quantile_api00"), "ci_upper", term, q[i, 3])
    emit("replicate", paste0(name, "_quantile_api00"), "se", term, q[i, 4])
  }
  t <- svychisq(~sch.wide + stype, rd)
  emit("replicate", paste0(name, "_chisq_schwide_stype"), "statistic", "F", t$statistic)
  emit("replicate", paste0(name, "_chisq_schwide_stype"), "parameter", "ndf", t$parameter[["ndf"]])
  emit("replicate", paste0(name, "_chisq_schwide_stype"), "parameter", "ddf", t$parameter[["ddf"]])
  emit("replicate", paste0(name, "_chisq_schwide_stype"), "p_value", "p", t$p.value)
  for (family in c("linear", "logistic")) {
    m <- if (family == "linear") svyglm(api00 ~ ell + meals + mobility, rd)
         else svyglm(sch.wide ~ ell + meals + mobility, rd, family = quasibinomial())
    s <- summary(m)$coefficients
    for (term in rownames(s)) {
      emit("replicate", paste0(name, "_", family), "estimate", term, s[term, 1])
      emit("replicate", paste0(name, "_", family), "se", term, s[term, 2])
    }
  }
}

# ---- post-stratification and raking (postStratify, rake) ------------------------------------------------------

pop_types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop_schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
pop_awards <- data.frame(awards = c("No", "Yes"), Freq = c(2400, 3794))
write.csv(pop_types, file.path(out, "data", "pop_stype.csv"), row.names = FALSE)
write.csv(pop_schwide, file.path(out, "data", "pop_schwide.csv"), row.names = FALSE)
write.csv(pop_awards, file.path(out, "data", "pop_awards.csv"), row.names = FALSE)

# rake() reports no sweep count, so the same loop is run here to count sweeps and keep the last change.
raked <- function(d, margins, pops, control) {
  r <- suppressWarnings(rake(d, margins, pops, control = control))
  epsilon <- if (control$epsilon < 1) control$epsilon * sum(weights(d)) else control$epsilon
  ff <- formula(paste("~", paste(unlist(lapply(margins, all.vars)), collapse = "+")))
  old <- svytable(ff, d)
  sweeps <- 0
  repeat {
    d$postStrata <- NULL
    for (i in seq_along(margins)) d <- postStratify(d, margins[[i]], pops[[i]])
    sweeps <- sweeps + 1
    new <- svytable(ff, d)
    delta <- max(abs(old - new))
    if (delta < epsilon || sweeps >= control$maxit) break
    old <- new
  }
  stopifnot(isTRUE(all.equal(weights(d), weights(r))))
  list(design = r, sweeps = sweeps, converged = delta < epsilon, delta = delta)
}
calibrated <- list(
  clus1_ps = list(design = postStratify(designs$clus1, ~stype, pop_types)),
  strat_ps_schwide = list(design = postStratify(designs$strat, ~sch.wide, pop_schwide)),
  clus2_ps = list(design = postStratify(designs$clus2, ~stype, pop_types)),
  clus1_rake = raked(designs$clus1, list(~stype, ~sch.wide), list(pop_types, pop_schwide), list(maxit = 10, epsilon = 1)),
  clus1_rake_tight = raked(designs$clus1, list(~stype, ~sch.wide, ~awards), list(pop_types, pop_schwide, pop_awards),
                           list(maxit = 100, epsilon = 1e-9)),
  clus1_rake_maxit2 = raked(designs$clus1, list(~stype, ~sch.wide, ~awards), list(pop_types, pop_schwide, pop_awards),
                            list(maxit = 2, epsilon = 1e-12)),
  strat_rake = raked(designs$strat, list(~sch.wide, ~awards), list(pop_schwide, pop_awards), list(maxit = 10, epsilon = 1))
)
for (name in names(calibrated)) {
  d <- calibrated[[name]]$design
  v <- d$variables
  if (!is.null(calibrated[[name]]$sweeps)) {
    emit("calibration", name, "rake", "sweeps", calibrated[[name]]$sweeps)
    emit("calibration", name, "rake", "converged", as.numeric(calibrated[[name]]$converged))
    emit("calibration", name, "rake", "delta", calibrated[[name]]$delta)
  }
  emit_stat("calibration", paste0(name, "_mean_api00"), svymean(~api00, d, deff = TRUE), count(v$api00))
  emit_stat("calibration", paste0(name, "_total_enroll"), svytotal(~enroll, d, na.rm = TRUE, deff = TRUE),
            count(v$enroll))
  emit_stat("calibration", paste0(name, "_mean_acs.k3_narm"), svymean(~acs.k3, d, na.rm = TRUE, deff = TRUE),
            count(v$acs.k3))
  emit_stat("calibration", paste0(name, "_total_stype"), svytotal(~stype, d), as.vector(table(v$stype)))
  emit_by("calibration", paste0(name, "_by_sch.wide_mean_api00"), svyby(~api00, ~sch.wide, d, svymean, deff = TRUE),
          counts_by(v$api00, v$sch.wide))
  r <- svyratio(~api.stu, ~enroll, d, na.rm = TRUE)
  emit("calibration", paste0(name, "_ratio_api.stu_enroll"), "estimate", "ratio", coef(r))
  emit("calibration", paste0(name, "_ratio_api.stu_enroll"), "se", "ratio", SE(r))
  m <- svyglm(api00 ~ ell + meals, d)
  for (term in names(coef(m))) {
    emit("calibration", paste0(name, "_linear"), "estimate", term, coef(m)[[term]])
    emit("calibration", paste0(name, "_linear"), "se", term, SE(m)[[term]])
  }
  w <- weights(d)
  for (i in seq_along(w)) emit("calibration", paste0(name, "_weights"), "weight", i, w[i])
}

# ---- lonely PSUs (options(survey.lonely.psu=...)) --------------------------------------------------------------

for (option in c("remove", "certainty", "adjust", "average")) {
  options(survey.lonely.psu = option)
  d <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = lonely)
  v <- d$variables
  emit_stat("lonely", paste0(option, "_mean_api00"), svymean(~api00, d, deff = TRUE), count(v$api00))
  emit_stat("lonely", paste0(option, "_total_enroll"), svytotal(~enroll, d, deff = TRUE), count(v$enroll))
  emit_by("lonely", paste0(option, "_by_awards_mean_api00"), svyby(~api00, ~awards, d, svymean, deff = TRUE),
          counts_by(v$api00, v$awards))
  d2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = lonely2)
  v2 <- d2$variables
  emit_stat("lonely", paste0(option, "_stage2_mean_api00"), svymean(~api00, d2, deff = TRUE), count(v2$api00))
  emit_stat("lonely", paste0(option, "_stage2_total_enroll"), svytotal(~enroll, d2, na.rm = TRUE, deff = TRUE),
            count(v2$enroll))
}
options(survey.lonely.psu = "fail")

emit("version", "R", "version", R.version.string, NA)
emit("version", "survey", "version", as.character(packageVersion("survey")), NA)
flush()
cat("fixtures written to", out, "\n")

# Rscript read_tables.R OUT CLI: the Spark job's Parquet tables (OUT/long, findings, status, panel, sections) as R's
# arrow reads them (open_dataset for a table's folder, read_parquet for one part file), checked against the types
# docs/spark.md promises and, cell for cell, against the CLI's CSVs of the same inputs (CLI/long.csv ...).
# Quits with status 1 on any difference. Prints the Arrow types and R classes a researcher gets.
suppressPackageStartupMessages(library(arrow))
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
cli <- args[2]
tables <- c("long", "findings", "status", "panel", "sections")
failures <- character(0)
fail <- function(...) failures <<- c(failures, paste0(...))

# the documented type of a column: counts bigint, amounts and mixed values decimal(24,6), the rest text
expected <- function(table, column) {
  if (column %in% c("year", "page", "pages", "failed_findings", "ocr_pages") || (table == "status" && column == "cells")) return("int32")
  if (column %in% c("bytes", "milliseconds")) return("int64")
  if (column %in% c("value", "left", "right")) return("decimal128(24, 6)")
  parts <- strsplit(column, ".", fixed = TRUE)[[1]]
  if (table == "panel" && parts[1] %in% c("t2", "t3", "t4")) {
    return(if (parts[length(parts)] %in% c("amount", "procurement_amount")) "decimal128(24, 6)" else "int64")
  }
  "string"
}
# R's class for each Arrow type: 64-bit counts arrive as integer while they fit (arrow.int64_downcast), decimals as double
r_class <- c("int32" = "integer", "int64" = "integer", "decimal128(24, 6)" = "numeric", "string" = "character")

# a cell as comparable text: numbers by value (decimals to their 6 places), null as empty
canonical <- function(x, type) {
  if (type == "string") {
    s <- as.character(x)
  } else {
    n <- if (is.character(x)) as.numeric(ifelse(x == "", NA, x)) else as.numeric(x)
    s <- if (type == "decimal128(24, 6)") sprintf("%.6f", n) else format(n, scientific = FALSE, trim = TRUE)
    s[is.na(n)] <- NA
  }
  s[is.na(s)] <- ""
  s
}

for (table in tables) {
  folder <- file.path(out, table)
  d <- open_dataset(folder)
  types <- vapply(d$schema$names, function(c) expected(table, c), "")
  got <- vapply(d$schema$fields, function(f) f$type$ToString(), "")
  for (i in seq_along(types)) {
    if (got[i] != types[i]) fail(table, ".", names(types)[i], ": ", got[i], " in the Parquet files, documented ", types[i])
  }
  df <- as.data.frame(d$NewScan()$Finish()$ToTable())
  one <- read_parquet(list.files(folder, pattern = "\\.parquet$", full.names = TRUE)[1])
  if (!identical(names(one), names(df))) fail(table, ": read_parquet of one part file gives other columns")
  cls <- vapply(df, function(x) class(x)[1], "")
  for (c in names(types)) {
    if (cls[[c]] != r_class[[types[[c]]]]) fail(table, ".", c, ": R class ", cls[[c]], ", expected ", r_class[[types[[c]]]])
    if (class(one[[c]])[1] != r_class[[types[[c]]]]) fail(table, ".", c, ": read_parquet gives R class ", class(one[[c]])[1])
  }
  cat(sprintf("%s: %d rows\n", table, nrow(df)))
  if (table %in% c("long", "panel", "status")) {
    shown <- head(names(types)[types != "string"], 6)
    cat("  ", paste(sprintf("%s %s (R %s)", shown, types[shown], cls[shown]), collapse = ", "), "\n", sep = "")
  }
  # the values: the CLI's text of the same inputs, cell for cell (a run's milliseconds are its own)
  csv <- read.csv(file.path(cli, paste0(table, ".csv")), colClasses = "character", check.names = FALSE,
                  na.strings = character(0), encoding = "UTF-8")
  if (!identical(names(csv), names(df))) {
    fail(table, ": columns differ from the CLI's")
    next
  }
  keep <- setdiff(names(df), if (table == "status") "milliseconds" else character(0))
  key <- function(frame) sort(do.call(paste, c(lapply(keep, function(c) canonical(frame[[c]], types[[c]])), sep = "\x1f")))
  a <- key(df)
  b <- key(csv)
  if (length(b) == 0 || !identical(a, b)) {
    fail(table, ": rows differ from the CLI's (", length(a), " vs ", length(b), "); CLI only: ",
         paste(head(setdiff(b, a), 1), collapse = ""), " Parquet only: ", paste(head(setdiff(a, b), 1), collapse = ""))
  }
}
# the output folder itself holds only the tables: a dataset over it lists their Parquet files and nothing else
whole <- open_dataset(out)
strays <- whole$files[!grepl("\\.parquet$", whole$files)]
if (length(strays) > 0) fail("the output folder holds other files than the tables' Parquet files: ", strays[1])
cat(sprintf("%s as one dataset: %d Parquet files of %d tables\n", out, length(whole$files), length(tables)))
for (f in failures) message("FAIL ", f)
cat(sprintf("R %s, arrow %s: %s\n", getRversion(), packageVersion("arrow"),
            if (length(failures) == 0) "ok" else paste(length(failures), "failures")))
quit(status = if (length(failures) == 0) 0 else 1)

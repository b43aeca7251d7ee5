/**
 * A subset of the REFI-QDA 1.5 exchange standard in plain Java: codebooks (.qdc) and projects (.qdpx: a ZIP with
 * {@code project.qde} and the texts under {@code sources/}) with users, codes, cases, text sources, selections and
 * codings. Positions in files are Unicode code points; in these records they are Java char offsets.
 */
package kg.kozomol.qual.refi;

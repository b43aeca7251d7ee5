/**
 * Reading an uploaded CSV or XLSX file as a plain table of text cells, for every feature that imports tables (the
 * tracker's recommendation import, the datasets of analyses): CSV in UTF-8, UTF-8 with BOM or Windows-1251,
 * comma- or semicolon-separated; XLSX streamed, with ZIP-bomb limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tables")
package kg.kozomol.tables;

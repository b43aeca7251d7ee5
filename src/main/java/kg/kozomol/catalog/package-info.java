/** Shared reference lists: the thematic areas of monitoring. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package kg.kozomol.catalog;

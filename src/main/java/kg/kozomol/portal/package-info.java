/**
 * The public portal: what anyone sees without logging in. It reads published data only through the
 * {@code portal_*} SQL views (migration V40), the one place that decides what is public, and offers it to its
 * pages and to other public outputs as records: {@link kg.kozomol.portal.PublicTracker},
 * {@link kg.kozomol.portal.PublicBriefs}, {@link kg.kozomol.portal.PublicUptake},
 * {@link kg.kozomol.portal.PublicCatalog} and {@link kg.kozomol.portal.PublicSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package kg.kozomol.portal;

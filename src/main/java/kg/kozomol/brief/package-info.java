/**
 * Policy briefs: sections in Russian and Kyrgyz, findings with their evidence items, review comments,
 * the status workflow and the immutable published versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Brief")
package kg.kozomol.brief;

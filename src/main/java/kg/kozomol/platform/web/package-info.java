/** Web helpers other features may use: redirects, formatting, page layout. */
@org.springframework.modulith.NamedInterface("web")
package kg.kozomol.platform.web;

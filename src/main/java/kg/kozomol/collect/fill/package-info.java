/**
 * Filling a form in the browser: pages per top-level group, relevance, calculations and checks with the collect
 * expression evaluator, drafts per user, and the submission XML as ODK Collect writes it.
 */
package kg.kozomol.collect.fill;

/**
 * Splitting a transcript into speaker turns and sentence units (the units coders agree on), in plain Java.
 */
package kg.kozomol.qual.turns;

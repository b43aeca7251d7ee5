/**
 * Working meetings between CSOs and state bodies: participants, an ordered agenda linked to briefs and
 * recommendations, minutes, and decisions that revise a body's deadline on the tracker or record an agreed action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package kg.kozomol.dialogue;

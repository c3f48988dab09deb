package org.opensor.registry.api.charge;

/** Conditions a Cambodian court attaches to bail (judicial supervision, Code of Criminal Procedure art. 223). */
public enum BailCondition {
    /** The court travel ban: stopped at every border post. */
    PROHIBITED_FROM_LEAVING_CAMBODIA,
    SURRENDER_PASSPORT,
    REPORT_TO_POLICE,
    RESIDE_AT_DECLARED_ADDRESS,
    NO_CONTACT_WITH_VICTIM,
    NO_CONTACT_WITH_CHILDREN
}

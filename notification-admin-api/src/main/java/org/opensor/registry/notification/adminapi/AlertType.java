package org.opensor.registry.notification.adminapi;

/** What an alert is about; subscriptions filter on it, and the worker's rules raise one of these. */
public enum AlertType {
    /** A declared trip: the border posts and destination liaisons should expect the traveller. */
    TRAVEL_NOTICE,
    /** A border crossing with no declared notice that covers it. */
    UNDECLARED_TRAVEL,
    /** A border crossing by someone who should not be travelling: in custody, on bail, escaped or absconded. */
    TRAVEL_WHILE_RESTRAINED,
    /** Released, bailed, paroled, pardoned or deported: the police of the district of residence should know. */
    CUSTODY_RELEASE,
    /** A foreign national released or deported: the country of nationality should know. */
    FOREIGN_NATIONAL_RELEASE,
    /** A traveller matches a person a court prohibited from leaving Cambodia: stop them. */
    COURT_TRAVEL_BAN,
    /** A person another state asks for is about to be released, bailed, paroled, pardoned or deported. */
    WANTED_ELSEWHERE_RELEASE,
    /** A deportation was ordered: the state of nationality and the border post of exit should know. */
    DEPORTATION_ORDERED,
    /** A deportation's due date passed with no exit seen at the border. */
    DEPORTATION_OVERDUE
}

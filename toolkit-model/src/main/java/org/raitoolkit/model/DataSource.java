package org.raitoolkit.model;

/** Where a system's input or training data comes from. */
public enum DataSource {
    POLICE_RECORDS,
    CUSTODY_IMAGES,
    CCTV_AND_VIDEO,
    EMERGENCY_CALLS,
    SEIZED_DEVICES_AND_DOCUMENTS,
    OPEN_SOURCE_INTERNET,
    /** Material collected in bulk from websites or social media without a targeted purpose. */
    SCRAPED_ONLINE,
    THIRD_PARTY_COMMERCIAL,
    OTHER_PUBLIC_AUTHORITIES,
    SENSOR_AND_VEHICLE_DATA,
    SYNTHETIC
}

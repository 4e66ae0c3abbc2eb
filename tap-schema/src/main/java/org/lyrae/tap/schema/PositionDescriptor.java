package org.lyrae.tap.schema;

/** The ICRS position columns of a table (degrees); they get a spatial index in each dialect. */
public record PositionDescriptor(String ra, String dec) {
}

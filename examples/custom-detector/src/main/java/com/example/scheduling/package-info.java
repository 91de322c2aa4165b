/**
 * A vendor's plugin for Privacy Screen, in the vendor's own package: a detector for the scheduling system's
 * appointment references ({@link com.example.scheduling.AppointmentReferences}, id {@code appointment-refs}) and a
 * rule against naming a treatment room together with a time ({@link com.example.scheduling.RoomNumberRule}, id
 * {@code room-numbers}), handed to the engine by {@link com.example.scheduling.SchedulingDetectors}.
 *
 * <p>Zone: SPI implementation (a plugin); nothing here is API for others.
 */
package com.example.scheduling;

/**
 * The catalogue of assistive devices: the items of the annex to the ordinance on assistive devices
 * (OMAI/HVI, SR 831.232.51) that the forms 318.635–639 offer, read from assistive-devices.yml
 * (ADR 0029).
 */
package ch.guichetai.catalogue;

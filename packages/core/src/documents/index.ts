export * from "./certificate-document.types";
export { isoDate, maskToLastFive } from "./certificate-values";
export { humanize } from "./generic-certificate.mapper";
export * from "./map-certificate-document";

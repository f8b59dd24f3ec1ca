/** A US phone number as posts write it: "(555) 201-4000", "555-201-4000", "555.201.4000". */
export const PHONE_NUMBER = /\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b\d{3}[-.\s]\d{3}[-.]\d{4}\b/;

import type { Directory } from '../types';

/** A small invented organisation used across the engine's tests. */
export const TEST_DIRECTORY: Directory = {
  organisation: 'Lakeside Community Clinic',
  website: 'https://www.lakesideclinic.example',
  staff: [
    { name: 'Dr. Helena Marsh', title: 'Family Physician' },
    { name: 'Owen Pritchard, RN', title: 'Nurse Manager' },
  ],
  departments: [
    { name: 'Front Desk', phone: '(555) 300-1000' },
    { name: 'Cardiology', phone: '(555) 300-1200' },
  ],
  locations: ['22 Harbor Road, Lakeside'],
};

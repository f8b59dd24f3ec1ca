import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import { indexDirectory, isDirectoryLocation } from '../directory-index';

describe('isDirectoryLocation', () => {
  const index = indexDirectory(TEST_DIRECTORY);

  it.each(['22 Harbor Road', '22 Harbor Rd', '22 harbor rd.', '22 Harbor Road, Lakeside'])('%s is our own address', (text) => {
    expect(isDirectoryLocation(index, text)).toBe(true);
  });

  it.each(['24 Harbor Rd', '22 Harbour Street'])('%s is not', (text) => {
    expect(isDirectoryLocation(index, text)).toBe(false);
  });
});

export { DIST_DIR, REPO_ROOT } from '../../scripts/lib/paths';

import compliance from './compliance';
import review from './review';
import audit from './audit';

export default { compliance, review, audit };

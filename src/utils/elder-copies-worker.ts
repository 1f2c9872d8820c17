/** Worker-thread entry of one share of the 长者模式 copies (elder-copies.ts). */
import { answerParent } from './worker-tasks';
import { writeElderCopies } from './elder-copies';

answerParent(writeElderCopies);

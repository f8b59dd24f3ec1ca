import { check, type Directory, type Finding } from '../compliance';
import type { ImageSource, TextRecognizer } from '../images';

export interface ImageTextResult {
  ocrText: string;
  ocrFindings: Finding[];
}

/** Reads the text set into an image and judges it as the engine judges alt text. */
export async function checkImageText(recognizer: TextRecognizer, original: ImageSource, directory: Directory): Promise<ImageTextResult> {
  const { text } = await recognizer.recognizeText(original);
  if (text.trim() === '') return { ocrText: '', ocrFindings: [] };
  return { ocrText: text, ocrFindings: check({ text, kind: 'alt-text', directory }).findings };
}

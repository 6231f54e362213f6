// The confidence model shipped with the extractor build (written by `npm run calibrate`).
import model from "./calibration.json";
import type { CalibrationModel } from "./calibration";

export const SHIPPED_CALIBRATION: CalibrationModel | null = (model as { weights?: unknown }).weights ? (model as CalibrationModel) : null;

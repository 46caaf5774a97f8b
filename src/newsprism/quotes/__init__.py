"""The quotes stage: quotation marks, speech cues and speakers, found in one parsed article."""

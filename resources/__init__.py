"""Data files: vocabularies, translations, images."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent

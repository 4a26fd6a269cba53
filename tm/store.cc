// Placeholder until the TM store lands.

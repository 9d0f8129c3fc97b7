import FupinCore

package kg.kozomol.stats.internal;

/** Small dense matrices (row-major {@code double[rows][columns]}) for the Rao-Scott design effects. */
public final class Matrices {

    private Matrices() {
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik != 0) {
                    for (int j = 0; j < m; j++) {
                        c[i][j] += aik * b[k][j];
                    }
                }
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** X solving A·X = B, by Gaussian elimination with partial pivoting; null when A is singular. */
    public static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] lu = new double[n][];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            lu[i] = a[i].clone();
            x[i] = b[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(lu[row][col]) > Math.abs(lu[pivot][col])) {
                    pivot = row;
                }
            }
            if (lu[pivot][col] == 0) {
                return null;
            }
            double[] swap = lu[col];
            lu[col] = lu[pivot];
            lu[pivot] = swap;
            swap = x[col];
            x[col] = x[pivot];
            x[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double f = lu[row][col] / lu[col][col];
                if (f != 0) {
                    for (int j = col; j < n; j++) {
                        lu[row][j] -= f * lu[col][j];
                    }
                    for (int j = 0; j < m; j++) {
                        x[row][j] -= f * x[col][j];
                    }
                }
            }
        }
        for (int row = n - 1; row >= 0; row--) {
            for (int j = 0; j < m; j++) {
                double s = x[row][j];
                for (int k = row + 1; k < n; k++) {
                    s -= lu[row][k] * x[k][j];
                }
                x[row][j] = s / lu[row][row];
            }
        }
        return x;
    }
}
